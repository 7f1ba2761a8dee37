import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { encodeBig5 } from '../../../tests/helpers/big5';
import { encodeGbk } from '../../../tests/helpers/gbk';
import { declaredCharset, readHtmlBytes } from './html';
import { htmlToText } from './html-text';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
// 中文 in GBK.
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];

describe('readHtmlBytes: character sets', () => {
  it('decodes a page by its <meta charset=gbk>', () => {
    const bytes = Uint8Array.from([...ascii('<html><head><meta charset="gbk"></head><body><p>'), ...GBK_ZHONGWEN, ...ascii('</p></body></html>')]);
    expect(readHtmlBytes(bytes)).toEqual({ ok: true, text: '中文', format: 'html', encoding: 'gb18030' });
  });

  it('finds the charset in an http-equiv Content-Type declaration', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">';
    expect(declaredCharset(Uint8Array.from(ascii(head)))).toBe('gb2312');
    const bytes = Uint8Array.from([...ascii(`${head}<p>`), ...GBK_ZHONGWEN]);
    expect(readHtmlBytes(bytes)).toMatchObject({ ok: true, text: '中文' });
  });

  it('reads a page re-saved as UTF-8 that still declares gb2312 as UTF-8', () => {
    const bytes = utf8('<meta charset="gb2312"><p>中文规划</p>');
    expect(readHtmlBytes(bytes)).toMatchObject({ ok: true, text: '中文规划', encoding: 'utf-8' });
  });

  it('detects GBK itself when the page declares nothing', () => {
    const bytes = Uint8Array.from([...ascii('<p>'), ...GBK_ZHONGWEN, ...GBK_ZHONGWEN, ...ascii('</p>')]);
    expect(readHtmlBytes(bytes)).toMatchObject({ ok: true, text: '中文中文', encoding: 'gb18030' });
  });

  it('ignores a Latin-1 server default, which a Chinese page never really is', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset="iso-8859-1"><p>'), ...GBK_ZHONGWEN, ...GBK_ZHONGWEN]);
    expect(readHtmlBytes(bytes)).toMatchObject({ ok: true, text: '中文中文', encoding: 'gb18030' });
  });

  it('calls a page with nothing visible empty', () => {
    expect(readHtmlBytes(utf8('<html><head><title>标题</title></head><body> </body></html>'))).toMatchObject({
      ok: false,
      code: 'empty-file',
    });
  });
});

describe('readHtmlBytes: Big5 pages and invisible characters', () => {
  const BODY = '<h1>臺北市公共服務規劃</h1><p>到2025年，每千人口擁有3歲以下嬰幼兒托位數達到4.5個，安老院舍宿位達到3000個。</p>';
  const page = (meta: string): Uint8Array =>
    Uint8Array.from([...ascii(`<html><head>${meta}</head><body>`), ...encodeBig5(BODY), ...ascii('</body></html>')]);

  it('reads a Big5 page by its declaration and without one', () => {
    for (const meta of ['<meta charset="big5">', '<meta charset="big5-hkscs">', '']) {
      expect(readHtmlBytes(page(meta))).toMatchObject({ ok: true, encoding: 'big5', text: htmlToText(BODY) });
    }
  });

  it('reads a Big5 page that wrongly declares gb2312 as Big5', () => {
    expect(readHtmlBytes(page('<meta charset="gb2312">'))).toMatchObject({ ok: true, encoding: 'big5', text: htmlToText(BODY) });
  });

  it('keeps a GBK page declared gbk as GB18030', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset="gbk"><p>'), ...encodeGbk('到2025年，养老机构护理型床位占比达到55%。'), ...ascii('</p>')]);
    expect(readHtmlBytes(bytes)).toMatchObject({ ok: true, encoding: 'gb18030' });
  });

  it('reads 5&#8203;5% and 9&shy;5% as 55 and 95, with no invisible character in names or quotes', () => {
    const html =
      '<p>到2025年，城镇调查失业率控制在5&#8203;5%以内，普惠性幼儿园覆盖率达到9&shy;5%，' +
      '每千人口拥有3岁以下婴幼儿&#x202E;托位数&#x202C;达到4&#x2060;.5个。</p>';
    const read = readHtmlBytes(utf8(html));
    if (!read.ok) throw new Error(read.code);
    expect(read.text).toContain('5\u200B5%');
    const doc = extractText(read.text);
    expect(doc.targets.map((t) => t.target.value)).toEqual([55, 95, 4.5]);
    for (const t of doc.targets) {
      expect(t.name).not.toMatch(/\p{Cf}/u);
      expect(t.quote).not.toMatch(/\p{Cf}/u);
    }
    expect(doc.targets[2]?.indicator).toBe('childcare_places_per_1000');
  });
});

describe('htmlToText', () => {
  it('puts every block on its own line and keeps inline runs together', () => {
    const html = '<h1>第一章</h1><p>到<b>2025</b>年</p><div>一<br>二</div><ul><li>甲</li><li>乙</li></ul>';
    expect(htmlToText(html)).toBe('第一章\n到2025年\n一\n二\n甲\n乙');
  });

  it('drops scripts, styles, the head and navigation', () => {
    const html =
      '<html><head><title>网站</title><style>p{color:red}</style></head><body>' +
      '<nav><a href="/">首页</a></nav><script>var x = "<p>不是正文</p>";</script><p>正文</p></body></html>';
    expect(htmlToText(html)).toBe('正文');
  });

  it('decodes entities and folds no-break spaces used for indentation', () => {
    expect(htmlToText('<p>&nbsp;&nbsp;&#x5230;2025&#24180; &lt;5% &amp; &quot;ok&quot;</p>')).toBe('到2025年 <5% & "ok"');
  });

  it('collapses whitespace inside a line but keeps the line structure', () => {
    expect(htmlToText('<p>  城镇\n   新增   就业\t</p>\n\n<p>第二段</p>')).toBe('城镇 新增 就业\n第二段');
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(htmlToText('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行');
  });

  it('turns each row of a data table into a pipe row the core reads', () => {
    const html =
      '<table><thead><tr><th>指标</th><th>2020年</th><th>2025年</th><th>属性</th></tr></thead>' +
      '<tbody><tr><td><p>每千人口拥有3岁以下</p><p>婴幼儿托位数(个)</p></td><td>1.2</td><td>4.5</td><td>预期性</td></tr></tbody></table>';
    const text = htmlToText(html);
    expect(text).toBe('| 指标 | 2020年 | 2025年 | 属性 |\n| 每千人口拥有3岁以下婴幼儿托位数(个) | 1.2 | 4.5 | 预期性 |');
    expect(extractText(text).targets[0]).toMatchObject({ target: { value: 4.5 }, baseline: { value: 1.2 } });
  });

  it('keeps an empty first cell so the other cells stay in their columns', () => {
    expect(htmlToText('<table><tr><td></td><td>甲</td><td>乙</td></tr></table>')).toBe('|  | 甲 | 乙 |');
  });

  it('keeps a one-cell group row inside a table as a row, so the table does not end there', () => {
    const html = '<table><tr><td>指标</td><td>2025年</td></tr><tr><td colspan="2">幼有所育</td></tr><tr><td>托位数</td><td>4.5</td></tr></table>';
    expect(htmlToText(html)).toBe('| 指标 | 2025年 |\n| 幼有所育 |\n| 托位数 | 4.5 |');
  });

  it('reads a one-cell title row before the data rows as a plain line', () => {
    expect(htmlToText('<table><tr><td>表1 主要指标</td></tr><tr><td>指标</td><td>2025年</td></tr></table>')).toBe(
      '表1 主要指标\n| 指标 | 2025年 |',
    );
  });

  it('reads a layout table holding the whole article as ordinary lines, with its nested data table as rows', () => {
    const html =
      '<table><tr><td>栏目</td><td><p>第一段正文。</p><p>第二段正文。</p>' +
      '<table><tr><td>指标</td><td>2025年</td></tr></table><p>第三段正文。</p></td></tr></table>';
    expect(htmlToText(html)).toBe('栏目\n第一段正文。\n第二段正文。\n| 指标 | 2025年 |\n第三段正文。');
  });

  it('keeps a "|" inside a cell from splitting the row', () => {
    expect(htmlToText('<table><tr><td>甲|乙</td><td>1</td></tr></table>')).toBe('| 甲¦乙 | 1 |');
  });

  it('puts a space between Latin words of a wrapped cell but not between Chinese ones', () => {
    expect(htmlToText('<table><tr><td>GDP<br>growth</td><td>人均<br>收入</td></tr></table>')).toBe('| GDP growth | 人均收入 |');
  });

  it('survives unclosed tags and stray closing tags', () => {
    expect(htmlToText('<table><tr><td>指标<td>2025年</tr></td></p><p>后文')).toBe('| 指标 | 2025年 |\n后文');
  });
});

describe('htmlToText: superscripts', () => {
  it('drops a footnote mark after a figure or a name, so it never joins the number or loses 以上', () => {
    const html = '<p>普惠性幼儿园覆盖率达到95%<sup>1</sup>以上，托位数<sup>[2]</sup>达到4.5个，床位达到35<sup>①</sup>张。</p>';
    const text = htmlToText(html);
    expect(text).toBe('普惠性幼儿园覆盖率达到95%以上，托位数达到4.5个，床位达到35张。');
    expect(extractText(text).targets.map((t) => [t.name, t.target.value, t.target.op, t.unit])).toEqual([
      ['普惠性幼儿园覆盖率', 95, '>=', '%'],
      ['托位数', 4.5, '=', '个'],
      ['床位', 35, '=', '张'],
    ]);
  });

  it('drops the note reference mammoth writes for a Word footnote, keeps the power of m² and other raised text', () => {
    const html = '<p>达到85%<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>，面积3.2m<sup>2</sup>，X<sup>注明</sup></p>';
    expect(htmlToText(html)).toBe('达到85%，面积3.2m²，X注明');
  });
});

describe('htmlToText: a header over two rows', () => {
  it('reads the years of a second header row under a heading merged across them, and makes no record of it', () => {
    const html =
      '<table><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">目标值</td><td rowspan="2">属性</td></tr>' +
      '<tr><td>2025年<br>（基期）</td><td>2030年</td></tr>' +
      '<tr><td>普惠性幼儿园覆盖率</td><td>%</td><td>90</td><td>&gt;95</td><td>约束性</td></tr></table>';
    const text = htmlToText(html);
    expect(text.split('\n')).toEqual(['| 指标 | 单位 | 目标值2025年（基期） | 目标值2030年 | 属性 |', '| 普惠性幼儿园覆盖率 | % | 90 | >95 | 约束性 |']);
    const targets = extractText(text).targets;
    expect(targets.map((t) => ({ name: t.name, target: t.target, baseline: t.baseline, binding: t.binding }))).toEqual([
      { name: '普惠性幼儿园覆盖率', target: { value: 95, year: 2030, op: '>' }, baseline: { value: 90, year: 2025 }, binding: 'binding' },
    ]);
  });

  it('joins 基期 and 目标 under their years, and keeps a group row merged across the table out of the header', () => {
    const html =
      '<table><tr><td rowspan="2">指标</td><td>2025年</td><td>2030年</td></tr><tr><td>基期</td><td>目标</td></tr>' +
      '<tr><td colspan="3">一、幼有所育</td></tr><tr><td>托位数(个)</td><td>4.5</td><td>5.5</td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual(['| 指标 | 2025年基期 | 2030年目标 |', '| 一、幼有所育 |', '| 托位数(个) | 4.5 | 5.5 |']);
  });
});

describe('htmlToText: page chrome', () => {
  const page = (article: string) =>
    '<body><div class="nav-bar"><ul><li>首页</li><li>政务公开</li></ul></div>' +
    '<div class="breadcrumb">当前位置：首页 &gt; 规划计划</div>' +
    `<div class="article">${article}</div>` +
    '<div class="share">分享到：微信 微博</div><div class="bdsharebuttonbox">分享到：QQ空间</div>' +
    '<div id="related"><h3>相关链接</h3><a>某市2025年城镇新增就业12万人</a><a>国务院关于印发“十四五”公共服务规划的通知</a></div>' +
    '<footer><p>联系电话：0571-85252000</p><p>浙ICP备05001234号-2 浙公网安备 33010202000123号</p></footer></body>';

  it('leaves navigation, breadcrumbs, share buttons, related links and the footer out of a saved page', () => {
    const text = htmlToText(page('<h1>某市“十五五”公共服务规划</h1><p>到2030年，托位数达到5.5个。</p>'), { dropChrome: true });
    expect(text).toBe('某市“十五五”公共服务规划\n到2030年，托位数达到5.5个。');
  });

  it('keeps the header and footer of the article itself', () => {
    const html = '<header>网站标题</header><article><header><h1>某县养老服务规划</h1></header><p>正文</p><footer>注：数据为预计数。</footer></article>';
    expect(htmlToText(html, { dropChrome: true })).toBe('某县养老服务规划\n正文\n注：数据为预计数。');
  });

  it('reads the page whole when what looks like chrome holds most of its text', () => {
    const article = '到2030年，全市每千人口拥有3岁以下婴幼儿托位数达到5.5个，普惠性幼儿园覆盖率达到95%以上。'.repeat(5);
    const html = `<div class="menu">首页</div><div class="footer-content"><p>${article}</p></div>`;
    expect(htmlToText(html, { dropChrome: true })).toBe(`首页\n${article}`);
  });
});
