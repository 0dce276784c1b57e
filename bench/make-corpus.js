// Builds the generated corpus the benches open: 10,000 plain-text documents of ~10 KB
// (100 MB), each with a title, a date line and a few headed sections. Deterministic,
// and made once per checkout (in .bench/, which git and npm ignore).
import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const sentences = [
	'今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。',
	'“我们村的路修好了，农产品运得出去，收入也跟着涨了！”村民老李笑着说。',
	'专家提醒，夏季是溺水事故高发期，家长要加强对孩子的安全教育和看护……',
	'社区工作人员逐户走访，登记信息，发放物资，确保每一户都不落下。',
	'据统计，全市共有一千二百余名志愿者参与了此次活动，服务时长超过三万小时。',
	'Latin words, 2024 numbers and 30% units mix in: https://example.org/a/b 也要保持完整。',
];
const headings = ['一、基本情况', '二、主要做法', '三、存在问题', '四、下一步打算'];

/** One document of about `bytes` UTF-8 bytes. */
function documentText(index, bytes) {
	const lines = [`第${index + 1}号 关于做好社区服务工作的报告`, '', `记者 王明 2024-0${(index % 9) + 1}-1${index % 10}`, ''];
	let size = 0;
	for (let paragraph = 0; size < bytes; paragraph++) {
		if (paragraph % 6 === 0) {
			lines.push(headings[(paragraph / 6) % headings.length], '');
		}

		const text = Array.from({length: 4}, (_, k) => sentences[(index + paragraph + k) % sentences.length]).join('');
		lines.push(text, '');
		size += Buffer.byteLength(text) + 2;
	}

	return lines.join('\n');
}

/** The corpus folder (made if missing): `count` documents of about `bytes` each, in subfolders of 500. */
export function makeCorpus(root, count = 10_000, bytes = 10_000) {
	const folder = path.join(root, `corpus-v2-${count}x${bytes}`);
	if (existsSync(folder)) {
		return folder;
	}

	const building = `${folder}.building`;
	rmSync(building, {recursive: true, force: true});
	for (let index = 0; index < count; index++) {
		const sub = path.join(building, String(Math.floor(index / 500)).padStart(2, '0'));
		if (index % 500 === 0) {
			mkdirSync(sub, {recursive: true});
		}

		writeFileSync(path.join(sub, `${String(index).padStart(5, '0')}.txt`), documentText(index, bytes));
	}

	renameSync(building, folder);
	return folder;
}
