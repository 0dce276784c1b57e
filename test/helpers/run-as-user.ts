import {spawnSync} from 'node:child_process';

/**
 * The command prefix that runs a program without root's right to read everything,
 * so "permission denied" can be tested: nothing when the tests do not run as root,
 * `setpriv` to the user nobody when they do. Undefined when neither works.
 */
export function unprivilegedPrefix(): string[] | undefined {
	if (process.getuid?.() !== 0) {
		return [];
	}

	const options = ['--reuid=65534', '--regid=65534', '--clear-groups'];
	const probe = spawnSync('setpriv', [...options, 'sh', '-c', 'test "$(id -u)" = 65534'], {encoding: 'utf8'});
	return probe.status === 0 ? ['setpriv', ...options] : undefined;
}
