import {describe, expect, test} from 'vitest';
import {runsOn, wrapsWith} from '../../source/core/pipeline/plain-text/runs-on.js';
import {occurrences} from '../../source/core/text/occurrences.js';
import {countBigrams} from '../../source/core/text/bigram-counts.js';

// The evidence of a short document: its lines' character pairs, and the runs its lines spell.
const evidence = (lines: readonly string[]) => ({
	counts: countBigrams(lines),
	spelled: (run: string) => lines.reduce((found, line) => found + line.split(run).length - 1, 0),
});

describe('runsOn: a line whose sentence goes on in the next text', () => {
	test.each([
		['stops on a comma', '疫情发生后，', '全市迅速行动。', [], true],
		['stops on a coverb (对)', '为杜绝聚集，沙志勇对', '村内的小卖店进行了检查。', [], true],
		['stops on the particle 的', '今天我们要讨论的是关于中文文本处理的', '一些基本问题。', [], true],
		['stops on a conjunction (和)', '本文介绍阅读中文文档的工具和', '方法。', [], true],
		['opens with a clause of time', '疫情爆发以来，红旗村结合无职党员', '设岗定责，确保防控到位。', [], true],
		['opens with the moment of a clause', '接到命令的那一刻，段伟知道，吉林市', '战“疫”的第一枪已经打响。', [], true],
		['opens with a clause of purpose', '为有效杜绝人员聚集现象，沙志勇对', '村内的小卖店进行了检查。', [], true],
		['cuts a name the text spells whole elsewhere', '市中心医院新生儿监护病房护士长常', '天娇，两次进驻隔离病房。', ['护士长常天娇等组成的救治组'], true],
		['is longer than a heading and has clauses', '每次的旅程都是迷途之旅，是過往與當下衝擊的迷網，但在迷途之後，總能更加清楚自', '己所在的位置', [], true],
		['a Latin sentence goes on in lower case', 'This is a note about the', 'weather today.', [], true],
		['a heading of two parallel phrases', '扛牢政治责任，构建坚强有力的组织体系', '市委组织部把疫情防控作为重大政治任务。', [], false],
		['a heading ending in a word the text uses elsewhere (应对)', '坚持科学应对', '全市上下积极应对疫情。', [], false],
		['the same word used nowhere else dangles', '坚持科学应对', '全市上下积极行动。', [], true],
		['a heading that names a place', '筑牢第一道屏障', '乌拉街中队辖区地处吉林市区。', [], false],
		['two words meeting by chance, the second common', '昌邑区委组织部', '疫情发生以来，全区上下行动起来。', ['组织部疫情防控工作组', '疫情防控', '疫情就是命令', '疫情之下'], false],
		['a name never spelled whole elsewhere', '市中心医院新生儿监护病房护士长常', '天娇，两次进驻隔离病房。', [], false],
		['a finished sentence', '社区图书馆延长开放时间。', '方便居民借阅。', [], false],
		['a long Latin label line', 'Source: http://blog.worren.net/wp-atom.php?feed=atom&lang=zh', '這是部落格的說明。', [], false],
		['a long line with half-width clause marks', '每個不同組合的伙伴都有其特定的相處模式, 有時候我會不經意地說出一些話來', '讓人覺得奇怪。', [], true],
		['a heading-long line with a clause', '严格要求，确保排查工作无死角，在规定时限内完成任务', '包村领导、包村干部下沉到村屯。', [], false],
		['a line closing a quotation', '他说：“明天见！”', '然后就走了。', [], false],
		['a title over a new sentence', '关于中文文本处理', '今天我们要讨论一些基本问题。', [], false],
		['the end of the text', '为了明天，我们', '', [], false],
	])('%s', (_case, line, next, elsewhere, expected) => {
		expect(runsOn(line, next, evidence([line, next, ...elsewhere]))).toBe(expected);
	});
});

describe('wrapsWith: lines wrapped at one width', () => {
	test.each([
		['two lines as wide as each other', '在这个项目里我们使用了一种新的方法来处理', '大量的中文文本数据，并取得了不错的效果', true],
		['a line two characters short of the next', '在这个项目里我们使用了一种新的方法来', '处理大量的中文文本数据，并取得了不错', true],
		['a short title over a long line', '关于中文文本处理', '今天我们要讨论一些基本问题，还有很多别的。', false],
		['a long title over a much longer line', '关于延长社区图书馆开放时间的通知', '各位居民：社区图书馆从下个月起延长开放时间，方便大家借阅。', false],
		['lines of verse', '白日依山尽黄河入海流', '欲穷千里目更上一层楼', false],
		['lines of a modern poem, as wide as each other, without a mark', '我们一起走过的那些日子里有太多回忆', '你说过的每一句话我都还记得很清楚', false],
		['a line that ends its sentence', '在这个项目里我们使用了一种新的方法来处理。', '大量的中文文本数据，并取得了不错的效果。', false],
	])('%s', (_case, line, next, expected) => {
		expect(wrapsWith(line, next)).toBe(expected);
	});
});

describe('occurrences', () => {
	test.each([
		['长常天娇', '护士长常天娇和护士长常天娇', 2],
		['天娇', '天娇', 1],
		['aa', 'aaaa', 2],
		['常天', '天常', 0],
	])('%j in %j: %i', (run, text, expected) => {
		expect(occurrences(text, run)).toBe(expected);
	});
});
