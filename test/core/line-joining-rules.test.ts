import {describe, expect, test} from 'vitest';
import {joinBrokenLines} from '../../source/core/pipeline/plain-text/join-broken-lines.js';
import {countBigrams} from '../../source/core/text/bigram-counts.js';
import type {TextUnit} from '../../source/core/text/text-units.js';

const line = (text: string, extra: Partial<TextUnit> = {}): TextUnit => ({text, role: 'line', level: 0, indent: 0, ...extra});
const join = (units: readonly TextUnit[], typed = false) => joinBrokenLines(units, countBigrams(units.map((unit) => unit.text)), typed).map((unit) => unit.text);

describe('OCR line breaks', () => {
	test.each([
		['a line that stops on a comma goes on', ['驻村干部按时回村，', '引导村民暂停走亲访友。'], ['驻村干部按时回村，引导村民暂停走亲访友。']],
		['closing punctuation belongs to the line before', ['驻村干部按时回村', '，引导村民暂停走亲访友。'], ['驻村干部按时回村，引导村民暂停走亲访友。']],
		['a finished sentence ends the paragraph', ['驻村干部按时回村。', '引导村民暂停走亲访友。'], ['驻村干部按时回村。', '引导村民暂停走亲访友。']],
		['a page number stands alone', ['驻村干部按时回村，', '12', '引导村民暂停走亲访友。'], ['驻村干部按时回村，', '12', '引导村民暂停走亲访友。']],
		['a dash opens a line of its own', ['全市组织部门抗击疫情在行动', '——记北乡义镇驻村干部'], ['全市组织部门抗击疫情在行动', '——记北乡义镇驻村干部']],
		['two headings stay apart', ['一个支部就是一座堡垒', '一名党员就是一面旗帜'], ['一个支部就是一座堡垒', '一名党员就是一面旗帜']],
		['a short line cut inside a name the text spells elsewhere goes on', ['接到任务后护士长常', '天娇立即带领队员赶赴一线，连续工作了十二个小时。', '护士长常天娇说，这是我的责任。'], ['接到任务后护士长常天娇立即带领队员赶赴一线，连续工作了十二个小时。', '护士长常天娇说，这是我的责任。']],
		['a short line is a heading when nothing says its sentence goes on', ['接到任务后护士长常', '天娇立即带领队员赶赴一线，连续工作了十二个小时。'], ['接到任务后护士长常', '天娇立即带领队员赶赴一线，连续工作了十二个小时。']],
		['a short line that opens with a clause of time goes on', ['疫情爆发以来，红旗村结合无职党员', '设岗定责，确保织密筑牢疫情防控网。'], ['疫情爆发以来，红旗村结合无职党员设岗定责，确保织密筑牢疫情防控网。']],
		['a short line that stops on a coverb goes on', ['村里为此专门开会，沙志勇对', '村内的小卖店进行了多次突击检查。'], ['村里为此专门开会，沙志勇对村内的小卖店进行了多次突击检查。']],
		['a heading of two phrases stays over its paragraph', ['扛牢政治责任，构建坚强有力的组织体系', '市委组织部把疫情防控作为重大政治任务。'], ['扛牢政治责任，构建坚强有力的组织体系', '市委组织部把疫情防控作为重大政治任务。']],
		// A line that is not heading-like goes on when it is longer than a short line and has clauses.
		['21 characters with a clause go on', [`（${'一'.repeat(9)}，${'二'.repeat(10)}`, '三三三。'], [`（${'一'.repeat(9)}，${'二'.repeat(10)}三三三。`]],
		['20 characters with a clause are a short line', [`（${'一'.repeat(9)}，${'二'.repeat(9)}`, '三三三。'], [`（${'一'.repeat(9)}，${'二'.repeat(9)}`, '三三三。']],
	])('%s', (_case, lines, expected) => {
		expect(join(lines.map((text) => line(text)))).toEqual(expected);
	});

	test('a line indented with ideographic spaces starts a paragraph', () => {
		expect(join([line('驻村干部按时回村，'), line('引导村民暂停走亲访友。', {ideographicIndent: true})])).toEqual(['驻村干部按时回村，', '引导村民暂停走亲访友。']);
	});

	test('only lines take part: a heading or a contents entry is never joined', () => {
		expect(join([line('驻村干部按时回村，'), line('一、提高认识', {role: 'heading', level: 1})])).toEqual(['驻村干部按时回村，', '一、提高认识']);
		expect(join([line('04 信念至上，', {role: 'toc'}), line('引导村民。')])).toEqual(['04 信念至上，', '引导村民。']);
	});
});

describe('typed text', () => {
	test.each([
		['a blank line ends a paragraph', [line('第一段没有写完，'), line('第二段。', {blankBefore: true})], ['第一段没有写完，', '第二段。']],
		['a numbered step starts a paragraph', [line('照下面做，'), line('1. 打开文件', {marker: '1.'})], ['照下面做，', '1. 打开文件']],
		['a marked item starts a paragraph', [line('照下面做，'), line('* 打开文件')], ['照下面做，', '* 打开文件']],
		['a line cut at the wrap width goes on', [line('这一行写到了宽度的尽头', {full: true}), line('于是接着写。')], ['这一行写到了宽度的尽头于是接着写。']],
		['after a finished sentence, a deeper indent opens a paragraph', [line('第一段写完了。', {full: true}), line('第二段开始', {indent: 4})], ['第一段写完了。', '第二段开始']],
		['a short line that stops mid-clause goes on', [line('第一段没有写完，', {full: false}), line('接着写。')], ['第一段没有写完，接着写。']],
		['a short line that ends a sentence ends the paragraph', [line('第一段写完了。', {full: false}), line('第二段。')], ['第一段写完了。', '第二段。']],
		['a short line that stops on a particle goes on', [line('我们要讨论的是中文文本的', {full: false}), line('处理。')], ['我们要讨论的是中文文本的处理。']],
		['with no wrap width, lines as wide as each other are one paragraph', [line('在这个项目里我们使用了一种新的方法来处理'), line('大量的中文文本数据，并取得了不错的效果'), line('也发现了一些问题。', {breakAfter: true})], ['在这个项目里我们使用了一种新的方法来处理大量的中文文本数据，并取得了不错的效果也发现了一些问题。']],
		['with no wrap width, a paragraph\'s last line as wide as the line above proves nothing', [line('关于延长社区图书馆开放时间的通知'), line('各位居民：图书馆下月起延长开放。', {breakAfter: true})], ['关于延长社区图书馆开放时间的通知', '各位居民：图书馆下月起延长开放。']],
		['a Latin word meets Chinese across the break: a space where the author spaces them', [line('事實上 GnuPG', {full: true}), line('可能從此就不能再使用這把金鑰了。')], ['事實上 GnuPG 可能從此就不能再使用這把金鑰了。']],
		['a Latin word meets Chinese across the break: nothing where the author writes them together', [line('事實上GnuPG', {full: true}), line('可能從此就不能再使用這把金鑰了。')], ['事實上GnuPG可能從此就不能再使用這把金鑰了。']],
		['with no wrap width, lines of a poem keep their breaks', [line('我们一起走过的那些日子里有太多回忆'), line('你说过的每一句话我都还记得很清楚'), line('那年夏天的风吹过开满花的山坡', {breakAfter: true})], ['我们一起走过的那些日子里有太多回忆', '你说过的每一句话我都还记得很清楚', '那年夏天的风吹过开满花的山坡']],
		['with no wrap width, a short line over a wide one stays apart', [line('关于中文文本处理'), line('今天我们要讨论一些基本问题，还有很多别的问题。', {breakAfter: true})], ['关于中文文本处理', '今天我们要讨论一些基本问题，还有很多别的问题。']],
	])('%s', (_case, units, expected) => {
		expect(join(units, true)).toEqual(expected);
	});
});
