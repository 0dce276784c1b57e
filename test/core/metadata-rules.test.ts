import {describe, expect, test} from 'vitest';
import {findMetadata} from '../../source/core/pipeline/metadata/find-metadata.js';
import {isMetadataLine, labelValue} from '../../source/core/pipeline/metadata/metadata-lines.js';

const body = '這是正文的第一段，內容足夠長，講述了一件事情。';

describe('bylines as Taiwanese and Hong Kong papers write them', () => {
	test.each([
		['記者王小明／台北報導', '王小明'],
		['【記者王小明／台北報導】', '王小明'],
		['（中央社記者王小明台北1日電）', '王小明'],
		['記者陳大文/香港報導', '陳大文'],
		['文／王小明', '王小明'],
		['撰文：王小明', '王小明'],
	])('%j gives the author %j', (line, author) => {
		expect(findMetadata({}, ['標題', line, body]).author).toBe(author);
	});
});

describe('a byline gives the name without its credit word (every credit word the heading rules know)', () => {
	test.each([
		['本报记者 张鹤', '张鹤'],
		['(作者：刘焕辉)', '刘焕辉'],
		['摄影：张三', '张三'],
		['攝／李四', '李四'],
		['编辑 王五', '王五'],
		['通訊員 陳六', '陳六'],
	])('%j gives the author %j', (line, author) => {
		expect(findMetadata({}, ['标题', line, body]).author).toBe(author);
	});
});

describe('isMetadataLine', () => {
	test.each([
		['发布日期: 2022.04.13 索引号: 11220200/2022-00123', true],
		['作者：张三　来源：新华社', true],
		['【来源：新华社】', true],
		['［發佈機構：北鄉義鎮］', true],
		['【出处：人民日报】', true],
		['[责任编辑：张三]', true],
		['主题 词： 疫情 防控', true],
		// A sentence that mentions a label in passing is text.
		['他说来源：那是一次偶然的机会，我们在村口遇见了他。', false],
		['【编者按】这是一段按语', false],
		['疫情防控不放松', false],
	])('%j is %s', (line, expected) => {
		expect(isMetadataLine(line)).toBe(expected);
	});

	test('a long line is a metadata line only when it starts with its label', () => {
		expect(isMetadataLine(`${'、'.repeat(20)} 浏览次数：123 ${'、'.repeat(20)}`)).toBe(true);
		expect(isMetadataLine(`${'、'.repeat(30)} 浏览次数：123 ${'、'.repeat(30)}`)).toBe(false);
		expect(isMetadataLine(`浏览次数：123 ${'、'.repeat(70)}`)).toBe(true);
	});
});

describe('labelValue', () => {
	test.each([
		['发布机构: 北乡义镇 文号:', ['发布机构'], '北乡义镇'],
		['【来源：新华社】', ['来源'], '新华社'],
		['作者：张 三 来源：新华社', ['作者'], '张 三'],
		['来源：', ['来源'], undefined],
		['日期：2022-04-13', ['来源'], undefined],
	])('%j read for %j is %j', (line, names, value) => {
		expect(labelValue(line, names)).toBe(value);
	});
});

describe('findMetadata', () => {
	const text = '驻村干部按时回村，引导村民暂停走亲访友，做好疫情防控工作。';
	test.each([
		['front matter first', {date: '2022-04-13', author: '张三', source: '新华社'}, ['发布日期：2021-01-01 来源：人民日报'], {date: '2022-04-13', author: '张三', source: '新华社'}],
		['front matter lists are joined', {author: ['张三', '李四']}, [], {date: null, author: '张三、李四', source: null}],
		['labelled header lines', {}, ['发布日期：2022年4月13日 来源：某某县人民政府'], {date: '2022-04-13', author: null, source: '某某县人民政府'}],
		['a label line anywhere, a date without a label', {}, ['标题', text, '2022.04.13 浏览次数：120'], {date: '2022-04-13', author: null, source: null}],
		['a dateline alone in the header', {}, ['标题', '2022-04-13 09:30', text], {date: '2022-04-13', author: null, source: null}],
		['a masthead names the source', {}, ['主办：中共吉林市委组织部', text], {date: null, author: null, source: '中共吉林市委组织部'}],
		['a reporter in a short header line', {}, ['【本報訊】記者　陳嘉欣　報道', text], {date: null, author: '陳嘉欣', source: null}],
		['a date in running text is no metadata', {}, ['标题', '2022年4月13日，驻村干部按时回村，引导村民暂停走亲访友。'], {date: null, author: null, source: null}],
		['nothing said', {}, ['标题', text], {date: null, author: null, source: null}],
	])('%s', (_case, fields, lines, expected) => {
		expect(findMetadata(fields, lines)).toEqual(expected);
	});

	test('a byline is read only near the top or the end', () => {
		const middle = Array.from({length: 10}, () => text);
		expect(findMetadata({}, ['标题', ...middle, '本报记者 张鹤', ...middle]).author).toBeNull();
		expect(findMetadata({}, ['标题', '本报记者 张鹤', ...middle]).author).toBe('张鹤');
	});
});
