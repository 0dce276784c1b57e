import type {LegacyCodec} from './legacy-codec.js';

/** Text decoded from a file's bytes. */
export type Decoded = {
	/** The text, without a byte order mark, with `\n` line endings. */
	readonly text: string;
	/** The encoding it was read as: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
	readonly encoding: string;
};

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

const byteOrderMarks: ReadonlyArray<{readonly bytes: readonly number[]; readonly encoding: Encoding}> = [
	{bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
	// GB18030 has its own BOM (U+FEFF encoded as four bytes); rare but unambiguous.
	{bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030'},
	{bytes: [0xff, 0xfe], encoding: 'utf-16le'},
	{bytes: [0xfe, 0xff], encoding: 'utf-16be'},
];

/** File signatures of formats that are never documents, with a name for the skip message. */
const signatures: ReadonlyArray<{readonly name: string; readonly parts: ReadonlyArray<readonly [number, string]>}> = [
	{name: 'PNG image', parts: [[0, '\x89PNG\r\n\x1A\n']]},
	{name: 'JPEG image', parts: [[0, '\xFF\xD8\xFF']]},
	{name: 'GIF image', parts: [[0, 'GIF8']]},
	{name: 'WebP image', parts: [[0, 'RIFF'], [8, 'WEBP']]},
	{name: 'PDF document', parts: [[0, '%PDF-']]},
	{name: 'ZIP archive', parts: [[0, 'PK\x03\x04']]},
	{name: 'gzip archive', parts: [[0, '\x1F\x8B']]},
	{name: 'xz archive', parts: [[0, '\xFD7zXZ\x00']]},
	{name: '7-Zip archive', parts: [[0, '7z\xBC\xAF\x27\x1C']]},
	{name: 'RAR archive', parts: [[0, 'Rar!\x1A\x07']]},
	{name: 'ELF executable', parts: [[0, '\x7FELF']]},
	{name: 'SQLite database', parts: [[0, 'SQLite format 3\x00']]},
	{name: 'legacy Microsoft Office document', parts: [[0, '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1']]},
];

/**
 * The most frequent Chinese characters, simplified (about 1,200) followed by the traditional
 * forms that differ. Real text hits this set for most of its Han characters; text decoded with
 * the wrong one of GB18030/Big5 is a scatter over the whole code table and rarely hits it.
 */
const commonHan = new Set(
	'的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尖袋恋丰腿吕' +
		'這個們來為國說時會對於過發後裡種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東聲員論處義幾認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風幹聯組濟車親極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約復複線斷滿視須寫稱嗎輕農裝廣顯標談圖歷醫專費號盡較語僅隨選紅響雖勢參眾構節維劃敵陳態護興驗責營夠嚴續講終緊黃絕項圍織鬥雙紀採舉殺蘇訴細願錢網熱屬臉職樂剛狀獨彈創錯蘭試腦預誰陽繼驚傷藥適衛險陸習勞財環納歡獲負雲龍樹層衝範異漢簡擔靜積餘檢靈協佔徵揮勝階審堅媽劉讀壓銀買養懷執亂幫歲優鐵稅藝陣腳惡塊頓島戶評寶釋顧貨歐換聞壞討麗監臨艦魚雜誤灣減編測敗夢溫劍漸貴槍樓縣畫遺謝魯慮銷鍾詩趕劇損舊錄葉鄉禮婦歸飯額順輸搖脫補謂療澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載宮陰園謀榮孫頂鎮練爺館礎寧紙諸訓莊絲戲隱訪軟薩夥盤擴蓋穩億擁楊齊賽虛購揚綠貿畢輪庫跡競棄偉緩潛閃燈針絡純頁傑築鄭貝吳圓殘誠寬擺毀趙戀豐呂',
);

/** How much of a legacy-encoded file is scored to choose GB18030 or Big5; enough for a verdict. */
const sampleBytes = 64 * 1024;

/**
 * Decodes a file's bytes to text: a byte order mark wins, then UTF-16 without one (sniffed from
 * its NUL bytes), then UTF-8 (allowing a little damage), then whichever of GB18030 and Big5
 * reads more like Chinese. Invalid bytes become U+FFFD; line endings become `\n`.
 */
export function decode(bytes: Uint8Array, legacy?: LegacyCodec): Decoded {
	const {text, encoding} = decodeRaw(bytes, legacy);
	// The BOM's bytes are cut before decoding; this catches a file that some tool gave a second one.
	return {text: text.replace(/^\uFEFF+/, '').replaceAll(/\r\n?/g, '\n'), encoding};
}

/**
 * Why `bytes` are not a text document (e.g. `PNG image`, `contains NUL bytes`), or undefined
 * when they look like text. UTF-16 has NUL bytes in every ASCII character, so it counts as text.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
	const signature = signatures.find(({parts}) =>
		parts.every(([offset, magic]) => startsWith(bytes, magic, offset)),
	);
	if (signature) {
		return signature.name;
	}

	if (!bytes.includes(0) || bomEncoding(bytes)?.encoding.startsWith('utf-16') || sniffUtf16(bytes)) {
		return undefined;
	}

	return 'contains NUL bytes';
}

/**
 * Whether decoding these bytes needs the GB18030/Big5 codec, which is loaded only
 * then: it is most of the program's size, and most files are UTF-8.
 */
export function needsLegacyCodec(bytes: Uint8Array): boolean {
	const bom = bomEncoding(bytes);
	if (bom) {
		return bom.encoding === 'gb18030';
	}

	return !sniffUtf16(bytes) && decodeUtf8(bytes) === undefined;
}

function decodeRaw(bytes: Uint8Array, legacy: LegacyCodec | undefined): {text: string; encoding: Encoding} {
	const bom = bomEncoding(bytes);
	if (bom) {
		return {text: decodeAs(bytes.subarray(bom.length), bom.encoding, legacy), encoding: bom.encoding};
	}

	const utf16 = sniffUtf16(bytes);
	if (utf16) {
		return {text: decodeAs(bytes, utf16, legacy), encoding: utf16};
	}

	const utf8 = decodeUtf8(bytes);
	if (utf8 !== undefined) {
		return {text: utf8, encoding: 'utf-8'};
	}

	const encoding = chooseChineseEncoding(bytes, requireCodec(legacy));
	return {text: decodeAs(bytes, encoding, legacy), encoding};
}

function requireCodec(legacy: LegacyCodec | undefined): LegacyCodec {
	if (!legacy) {
		throw new Error('GB18030/Big5 bytes need the legacy codec: check needsLegacyCodec() and load it first');
	}

	return legacy;
}

/**
 * Strict UTF-8, with two allowances so that a damaged UTF-8 file shows U+FFFD where it is
 * damaged instead of turning into GB18030 mojibake from start to end: a character cut off at
 * the very end, and a few bad bytes among many good characters.
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
	const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
	let text: string;
	try {
		text = decoder.decode(bytes, {stream: true});
	} catch {
		return mostlyUtf8(bytes);
	}

	try {
		return text + decoder.decode();
	} catch {
		// Only when there is other non-ASCII text: "abc" plus one GB18030 character can look cut off.
		return /[^\x00-\x7F]/.test(text) ? text + '\uFFFD' : undefined;
	}
}

function mostlyUtf8(bytes: Uint8Array): string | undefined {
	const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
	let good = 0;
	let bad = 0;
	for (const character of text) {
		if (character === '\uFFFD') {
			bad++;
		} else if (character > '\x7F') {
			good++;
		}
	}

	// GB18030 or Big5 read as UTF-8 breaks on nearly every character, so 2% is a wide margin.
	return bad * 50 <= good ? text : undefined;
}

function bomEncoding(bytes: Uint8Array): {length: number; encoding: Encoding} | undefined {
	const bom = byteOrderMarks.find(mark => mark.bytes.every((byte, index) => bytes[index] === byte));
	return bom && {length: bom.bytes.length, encoding: bom.encoding};
}

function startsWith(bytes: Uint8Array, magic: string, offset: number): boolean {
	if (bytes.length < offset + magic.length) {
		return false;
	}

	for (let index = 0; index < magic.length; index++) {
		if (bytes[offset + index] !== magic.charCodeAt(index)) {
			return false;
		}
	}

	return true;
}

/** Decodes without any guessing; every decoder used here turns bad input into U+FFFD. */
function decodeAs(bytes: Uint8Array, encoding: Encoding, legacy: LegacyCodec | undefined): string {
	switch (encoding) {
		case 'utf-8':
		case 'utf-16le': {
			return new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes);
		}

		case 'utf-16be': {
			// Node's TextDecoder knows UTF-16BE only with full ICU; swapping keeps it portable,
			// and unlike iconv-lite it replaces lone surrogates with U+FFFD.
			return new TextDecoder('utf-16le', {ignoreBOM: true}).decode(swapBytePairs(bytes));
		}

		case 'gb18030': {
			return requireCodec(legacy).decode(bytes, 'gb18030');
		}

		case 'big5': {
			// HKSCS is a superset of Big5; TextDecoder('big5') silently drops HKSCS characters.
			return requireCodec(legacy).decode(bytes, 'big5hkscs');
		}
	}
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
	const swapped = Uint8Array.from(bytes);
	for (let index = 0; index + 1 < swapped.length; index += 2) {
		swapped[index] = bytes[index + 1];
		swapped[index + 1] = bytes[index];
	}

	return swapped;
}

/**
 * UTF-16 without a BOM: ASCII characters put their NUL byte on one side of each pair (odd
 * offsets for little-endian), and the whole sample must decode to plausible text.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const sample = bytes.subarray(0, 8192);
	let evenNuls = 0;
	let oddNuls = 0;
	for (let index = 0; index < sample.length; index++) {
		if (sample[index] === 0) {
			if (index % 2 === 0) {
				evenNuls++;
			} else {
				oddNuls++;
			}
		}
	}

	// CJK code points like U+5F00 (开) put a NUL on the other side too, so a majority is enough;
	// the plausibility check below is what rejects binary data.
	const encoding = oddNuls > 2 * evenNuls ? 'utf-16le' : evenNuls > 2 * oddNuls ? 'utf-16be' : undefined;
	if (!encoding || sample.length < 4 || oddNuls + evenNuls === 0) {
		return undefined;
	}

	return plausibleShare(decodeAs(sample, encoding, undefined)) >= 0.95 ? encoding : undefined;
}

/** The share of UTF-16 code units that belong to scripts and symbols a Chinese document uses. */
function plausibleShare(text: string): number {
	let plausible = 0;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (
			unit === 0x09 || unit === 0x0a || unit === 0x0d
			|| (unit >= 0x20 && unit <= 0x7e)
			|| (unit >= 0xa0 && unit <= 0x24f)
			|| (unit >= 0x2000 && unit <= 0x206f)
			|| (unit >= 0x3000 && unit <= 0x9fff)
			|| (unit >= 0xd800 && unit <= 0xdfff)
			|| (unit >= 0xfe30 && unit <= 0xffef && unit !== 0xfffd)
		) {
			plausible++;
		}
	}

	return text.length === 0 ? 0 : plausible / text.length;
}

/**
 * GB18030 or Big5. Both accept most byte pairs of the other, so instead of trusting validity
 * alone, each decoding of a sample is scored: common Han characters count for it, U+FFFD and
 * private-use characters (unassigned areas) against it. chardet breaks ties only: on short text
 * it is often wrong.
 */
function chooseChineseEncoding(bytes: Uint8Array, legacy: LegacyCodec): 'gb18030' | 'big5' {
	const sample = cutAtLineEnd(bytes.subarray(0, sampleBytes));
	const gb = scoreDecoding(decodeAs(sample, 'gb18030', legacy));
	const big5 = scoreDecoding(decodeAs(sample, 'big5', legacy));
	if (gb !== big5) {
		return gb > big5 ? 'gb18030' : 'big5';
	}

	const verdict = legacy.analyse(sample).find(match => match.name === 'GB18030' || match.name === 'Big5');
	return verdict?.name === 'Big5' ? 'big5' : 'gb18030';
}

/** A newline byte is never part of a GB18030 or Big5 character, so cutting there is fair to both. */
function cutAtLineEnd(sample: Uint8Array): Uint8Array {
	const end = sample.lastIndexOf(0x0a);
	return end > sample.length / 2 ? sample.subarray(0, end + 1) : sample;
}

function scoreDecoding(text: string): number {
	let score = 0;
	for (const character of text) {
		if (commonHan.has(character)) {
			score++;
		} else if (character === '\uFFFD') {
			score -= 10;
		} else if (character >= '\uE000' && character <= '\uF8FF') {
			score -= 5;
		}
	}

	return score;
}
