import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const sentences = [
	'今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。',
	'据统计，一季度全县地区生产总值同比增长百分之六点二，高于全省平均水平。',
	'“我们村的路修好了，农产品运得出去，收入也跟着涨了！”村民老李笑着说。',
	'下一步，该县将继续加大基础设施投入，推动产业转型升级；同时，持续改善民生。',
	'记者从市教育局获悉：今年秋季学期，全市将新增中小学学位一万二千个。',
	'专家提醒，夏季是溺水事故高发期，家长要加强对孩子的安全教育和看护……',
	'在这片曾经的荒滩上，如今已建起占地三百亩的现代农业产业园，吸纳就业八百余人。',
	'会议强调，要坚持以人民为中心的发展思想，切实解决好群众急难愁盼问题。',
];

/**
 * Writes a ~3 MB UTF-8 Chinese text with no line break at all to a fresh temporary folder and
 * returns its path. Generated rather than committed; the caller may delete the folder.
 */
export function writeBigDocument(targetBytes = 3 * 1024 * 1024): string {
	const pieces: string[] = [];
	let bytes = 0;
	for (let index = 0; bytes < targetBytes; index++) {
		// Vary the order a little so the text is not one period repeated; 7 is coprime to 8.
		const sentence = sentences[(index * 7 + Math.floor(index / sentences.length)) % sentences.length] ?? '';
		pieces.push(sentence);
		bytes += Buffer.byteLength(sentence);
	}

	const file = path.join(mkdtempSync(path.join(tmpdir(), 'yuelan-big-')), 'big-document.txt');
	writeFileSync(file, pieces.join(''));
	return file;
}
