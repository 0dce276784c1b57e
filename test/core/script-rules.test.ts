import {expect, test} from 'vitest';
import {detectScript} from '../../source/core/pipeline/detect-script.js';

test.each([
	['驻村干部按时回村，引导村民暂停走亲访友。', 'simplified'],
	['駐村幹部按時回村，引導村民暫停走親訪友。', 'traditional'],
	['市區重建局昨日公布新一份年度報告', 'traditional'],
	// Characters written alike in both scripts say nothing either way: simplified, the common case.
	['中国人民大学', 'simplified'],
	// Too few Han characters to tell.
	['Hello, world', 'unknown'],
	['中文 text', 'unknown'],
	['', 'unknown'],
	// One traditional form in a long simplified text (a quoted name) does not make it traditional.
	[`${'驻村干部按时回村，引导村民暂停走亲访友。'.repeat(5)}臺`, 'simplified'],
	// Only the first 6,000 code units are sampled.
	[`${'a'.repeat(6000)}駐村幹部按時回村`, 'unknown'],
])('%j is %s', (text, script) => {
	expect(detectScript(text)).toBe(script);
});
