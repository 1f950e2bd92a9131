/** The structure parser, renumbering, length counting and the snippets. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, parseDocument } from '../../src/core';
import { countCharacters, deliveryMinutes } from '../../src/core/length';
import { chineseToNumber, numberToChinese, parseStructure, renumberEdits } from '../../src/core/structure';
import { only, seed } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('structure', () => {
  it('reads Chinese numerals both ways', () => {
    for (let n = 1; n <= 99; n++) assert.equal(chineseToNumber(numberToChinese(n)), n, String(n));
    assert.equal(chineseToNumber('二十三'), 23);
    assert.equal(chineseToNumber('甲'), undefined);
  });

  it('finds the four heading levels and the enumerations in 004', () => {
    const s = parseStructure(parseDocument(seed('004'), 'plaintext'));
    assert.deepEqual(s.headings.map((h) => `${h.level}:${h.ordinal}`), ['1:1', '1:2', '1:3']);
    const shi = s.enumerations.filter((e) => e.kind === 'shi').map((e) => e.ordinal);
    assert.deepEqual(shi.slice(0, 12), [1, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], '“两个立即” then “十个着力”');
  });

  it('000: 第一，第二，第三， are the three points announced', () => {
    const s = parseStructure(parseDocument(seed('000'), 'plaintext'));
    assert.deepEqual(s.enumerations.map((e) => `${e.kind}${e.ordinal}`), ['di1', 'di2', 'di3']);
  });

  it('renumbers every level in order and fixes the marks, touching only ordinals', () => {
    const text = '标题\n一、甲\n（二）子\n（二）子\n1、孙\n3.孙\n三、乙\n（三）子\n一.丙\n';
    const doc = parseDocument(text, 'plaintext');
    const out = applyEdits(text, renumberEdits(doc));
    assert.equal(out, '标题\n一、甲\n（一）子\n（二）子\n1.孙\n2.孙\n二、乙\n（一）子\n三、丙\n');
  });

  it('the seeds raise no numbering or announced-count alarm where the numbering is right', () => {
    for (const name of ['000', '001', '003', '004']) {
      const fs = only('numbering', 'announced-count').analyze(seed(name));
      assert.deepEqual(fs.map((f) => f.message), [], name);
    }
  });

  it('seed 002 raises only its real slip: 三是 with no 一是 and 二是 before it (the page lost them)', () => {
    const text = seed('002');
    const fs = only('numbering', 'announced-count').analyze(text);
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['三是']);
    assert.ok(text.slice(fs[0].start - 12, fs[0].start).includes('院感防控底線。'));
  });

  it('counts characters as drafters do and estimates the delivery time', () => {
    assert.equal(countCharacters('同志们：今天开会。'), 9);
    assert.equal(countCharacters('使用5G和CT设备，投资3.5亿元'), 13); // 5G, CT and 3.5 count one each
    assert.equal(countCharacters('  \n\n'), 0);
    assert.equal(deliveryMinutes(1800, 180), 10);
    assert.equal(deliveryMinutes(200, 180), 1);
  });
});

describe('snippets', () => {
  const file = path.join(ROOT, 'snippets', 'speech.json');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string; isFileTemplate?: boolean }>;

  it('is contributed for plain text and Markdown', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.snippets.map((s: { language: string }) => s.language).sort(), ['markdown', 'plaintext']);
  });

  it('has the five skeletons as file templates, with Chinese descriptions', () => {
    const frames = Object.entries(snippets).filter(([, s]) => s.isFileTemplate).map(([k]) => k);
    assert.deepEqual(frames.sort(), ['主持词', '会议讲话', '动员部署讲话', '总结表彰讲话', '表态发言'].sort());
    for (const [k, s] of Object.entries(snippets)) assert.match(s.description, /\p{Script=Han}/u, k);
  });

  it('no prefix collides with another, and every prefix is ASCII (IMEs do not trigger Chinese prefixes)', () => {
    const seen = new Map<string, string>();
    for (const [k, s] of Object.entries(snippets)) {
      for (const p of s.prefix) {
        assert.match(p, /^[a-z][a-z-]*$/, `${k}: ${p}`);
        assert.ok(!seen.has(p), `${p} used by ${seen.get(p)} and ${k}`);
        seen.set(p, k);
      }
    }
  });

  /** Expand a snippet body as VS Code would with every field left at its default. */
  function expand(body: string): string {
    const today = new Date();
    const vars: Record<string, string> = { CURRENT_YEAR: String(today.getFullYear()), CURRENT_MONTH: String(today.getMonth() + 1).padStart(2, '0'), CURRENT_DATE: String(today.getDate()).padStart(2, '0') };
    let out = body;
    for (let i = 0; i < 5; i++) {
      out = out
        .replace(/\$\{(\w+)\/([^/]*)\/([^/]*)\/\w*\}/g, (_, v: string, re: string, fmt: string) => (vars[v] ?? '').replace(new RegExp(re), fmt))
        .replace(/\$\{([A-Z_]+)\}/g, (_, v: string) => vars[v] ?? '')
        .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
    }
    assert.doesNotMatch(out, /\$\{|\$\d/, `unexpanded: ${out}`);
    return out;
  }

  it('every body expands; the dates have no zero padding; every unfilled field is caught by the placeholder check', () => {
    const placeholder = only('placeholder');
    for (const [k, s] of Object.entries(snippets)) {
      const text = expand(s.body.join('\n'));
      assert.doesNotMatch(text, /年0\d月|月0\d日/, `${k}: zero-padded date`);
      const fields = [...s.body.join('\n').matchAll(/\$\{\d+:([^${}]*)\}/g)].map((m) => m[1]).filter((d) => d && !/^[一二三四五六七八九十]$/.test(d) && !d.includes('CURRENT'));
      if (fields.length === 0) continue;
      const found = placeholder.analyze(text).length;
      assert.ok(found >= new Set(fields).size, `${k}: ${found} placeholders found for fields ${fields.join(' ')}`);
    }
  });
});
