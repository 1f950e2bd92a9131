import * as assert from 'node:assert/strict';
import { analyze, applyEdits, configure, createAnalyzer, fixAllSafe, LineCache, LineIndex, parseDocument } from '../../src/core';
import { only, seeds } from './helpers';

const texts = (text: string, fs: ReturnType<typeof analyze>) => fs.map((f) => text.slice(f.start, f.end));

describe('engine', () => {
  it('analyze() with defaults finds placeholders and website text', () => {
    const text = '下面是小编为大家整理的讲话，供大家参考。\nXX书记在会上讲话。';
    const fs = analyze(text);
    assert.ok(fs.some((f) => f.rule === 'web-boilerplate'));
    assert.ok(fs.some((f) => f.rule === 'placeholder' && text.slice(f.start, f.end) === 'XX'));
  });

  it('CRLF: offsets point at the right characters and fixes keep the line endings', () => {
    const lf = '标题\n手机版\nXX书记讲话。\n同志们：\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = only('placeholder', 'web-boilerplate');
    assert.deepEqual(texts(crlf, a.analyze(crlf)), texts(lf, a.analyze(lf)));
    const fixed = fixAllSafe(crlf, (t) => a.analyze(t)).text;
    assert.equal(fixed, '标题\r\nXX书记讲话。\r\n同志们：\r\n');
  });

  it('emoji and other surrogate pairs: UTF-16 offsets stay exact', () => {
    const text = '😀👍🏽𠮷XX书记在会上讲话';
    const fs = only('placeholder').analyze(text);
    assert.deepEqual(texts(text, fs), ['XX']);
    const idx = new LineIndex(text);
    // 😀 and 👍 and 🏽 and 𠮷 are two UTF-16 units each.
    assert.deepEqual(idx.positionAt(fs[0].start), { line: 0, character: 8 });
  });

  it('a line broken after an astral character is flagged on the whole character', () => {
    const text = '同志们：\n\n我们要坚持人民至上、生命至上，统筹疫情防控和经济社会发展𐀀\n\n巡查机制落实不到位，个别医疗机构存在问题。';
    const fs = only('broken-line').analyze(text);
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['𐀀']);
  });

  it('re-checking with a line cache gives exactly the cold result after edits', () => {
    const a = createAnalyzer();
    for (const { text } of seeds()) {
      const cache = new LineCache();
      a.analyze(text, { cache });
      let t = text;
      for (let k = 0; k < 20; k++) {
        const at = Math.floor(((k + 1) * t.length) / 23);
        t = t.slice(0, at) + (k % 3 === 0 ? 'XX' : k % 3 === 1 ? '\n' : '') + t.slice(at + 1);
        assert.deepEqual(a.analyze(t, { cache }), a.analyze(t), `edit ${k}`);
      }
    }
  });

  it('Markdown: code, front matter, link targets and emphasis are not checked', () => {
    const md = ['---', 'title: XX书记讲话', '---', '# 标题', '', '```', 'XX书记', '```', '', '见[链接](https://example.com/XX)，`XX`，**重点**。', '', 'XX书记讲话。'].join('\n');
    const fs = only('placeholder').analyze(md, { languageId: 'markdown' });
    assert.equal(fs.length, 1);
    assert.equal(fs[0].start, md.lastIndexOf('XX书记'));
    assert.deepEqual(
      parseDocument(md, 'markdown').lines.map((l) => l.zone[0]).join(''),
      'fffppcccpppp',
    );
  });

  it('suppression comments turn rules off for a block or the next line', () => {
    const text = [
      '<!-- speech-drafter-disable-next-line placeholder -->',
      'XX书记讲话。',
      'XX主任讲话。',
      '<!-- speech-drafter-disable -->',
      'XX市长讲话。',
      '<!-- speech-drafter-enable -->',
      'XX县长讲话。',
    ].join('\n');
    const fs = only('placeholder').analyze(text, { languageId: 'markdown' });
    assert.deepEqual(
      fs.map((f) => text.slice(f.start, f.end + 2)),
      ['XX主任', 'XX县长'],
    );
  });

  it('the allow-list drops findings inside an allowed text', () => {
    const { analyzer } = configure([{ source: 'test', settings: { allow: ['XX书记'] } }]);
    const text = 'XX书记讲话，XX主任主持。';
    assert.deepEqual(texts(text, analyzer.analyze(text).filter((f) => f.rule === 'placeholder')), ['XX']);
    assert.equal(analyzer.analyze(text).filter((f) => f.rule === 'placeholder')[0].start, text.indexOf('XX主任'));
  });

  it('website blocks take precedence: no other finding inside a removed block', () => {
    const text = '同志们：\n讲话正文。\n相关推荐\n《********大宣讲》观后感XX';
    const fs = only('placeholder', 'web-boilerplate').analyze(text);
    assert.deepEqual(fs.map((f) => f.rule), ['web-boilerplate']);
  });

  it('every fix of every finding on the seeds touches only the flagged range (or whole lines around it)', () => {
    const a = createAnalyzer();
    for (const { name, text } of seeds()) {
      for (const f of a.analyze(text)) {
        for (const fix of f.fixes) {
          const out = applyEdits(text, fix.edits);
          assert.ok(out.length >= 0);
          if (f.data?.scope === 'document') {
            // A whole-document conversion: each edit swaps characters one for one, nothing else.
            for (const e of fix.edits) assert.equal(e.newText.length, e.end - e.start, `${name} ${f.rule}`);
            continue;
          }
          for (const e of fix.edits) {
            const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
            let lineEnd = text.indexOf('\n', f.end);
            if (lineEnd < 0) lineEnd = text.length;
            assert.ok(e.start >= Math.min(lineStart, f.start) - 2 && e.end <= lineEnd + 2 + (f.end - f.start) + 2, `${name} ${f.rule}: fix outside the flagged lines`);
          }
        }
      }
    }
  });
});
