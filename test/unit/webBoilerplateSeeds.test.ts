/**
 * The website-leftover rule on the seed speeches: removing what it flags leaves the speech
 * itself intact.
 */
import * as assert from 'node:assert/strict';
import { applyEdits, fixAllSafe } from '../../src/core';
import { flaggedTexts, only, seed, seeds } from './helpers';

const boilerplate = only('web-boilerplate');
const both = only('placeholder', 'web-boilerplate');

describe('seeds: website leftovers', () => {
  const markers = /小编|小編|版权所有|版權所有|ICP备|ICP備|当前位置|當前位置|相关推荐|推荐访问|熱詞搜索|热词搜索|Copyright|手机版|供大家参考|供大家參考|隐藏内容免费查看|隱藏內容免費查看|发布时间|發(?:\(fā\))?布時(?:\(shí\))?間|来源:网友投稿|Powered by|^Top$|范文网|【精选推荐】|\(17篇\)/mu;

  for (const { name, text } of seeds()) {
    it(`${name}: removing the leftovers leaves no website marker and every other line intact`, () => {
      const found = boilerplate.analyze(text);
      const cleaned = fixAllSafe(text, (t) => boilerplate.analyze(t));
      assert.equal(applyEdits(text, cleaned.edits), cleaned.text);
      const left = cleaned.text.split('\n').filter((l) => markers.test(l));
      assert.deepEqual(left, [], 'markers left after the fix');
      // Lines with no finding on them survive unchanged and in order.
      const lines = text.split('\n');
      let pos = 0;
      const untouched = lines.filter((l) => {
        const start = pos;
        pos += l.length + 1;
        return l.trim() && !found.some((f) => f.start < start + l.length && f.end > start);
      });
      const out = cleaned.text.split('\n');
      let j = 0;
      for (const l of untouched) {
        while (j < out.length && out[j] !== l) j++;
        assert.ok(j < out.length, `speech line lost or changed: ${l.slice(0, 40)}`);
      }
    });
  }

  it('001: navigation, editor note, repeated titles, site lines and copyright are each found', () => {
    const text = seed('001');
    const f = flaggedTexts(text, boilerplate.analyze(text));
    assert.ok(f.includes('手机版'));
    assert.ok(f.some((x) => x.startsWith('您的当前位置')));
    assert.ok(f.some((x) => x.startsWith('下面是小编')));
    assert.equal(f.filter((x) => x === '2023年在全市疫情防控工作会议上讲话【精选推荐】').length, 1, 'the repeated title goes, the first stays');
    assert.ok(f.includes('【精选推荐】'), 'the decoration of the kept title');
    assert.ok(f.some((x) => x.startsWith('Copyright')));
    assert.ok(f.includes('Top'));
    const cleaned = fixAllSafe(text, (t) => boilerplate.analyze(t)).text;
    assert.ok(cleaned.startsWith('2023年在全市疫情防控工作会议上讲话\n'), cleaned.slice(0, 80));
    assert.ok(cleaned.trimEnd().endsWith('在这场大考中交上让党委、政府和群众满意的答卷。'));
  });

  it('002: the paywall text in mid-sentence is cut out, the sentence around it kept', () => {
    const text = seed('002');
    const cleaned = fixAllSafe(text, (t) => boilerplate.analyze(t)).text;
    assert.ok(cleaned.includes('精準防控外來 人員。') || cleaned.includes('精準防控外來人員。'), 'mid-sentence paywall');
    assert.ok(!cleaned.includes('隱藏內容'));
    // The 17 speeches keep their (undecorated) titles.
    assert.equal(cleaned.match(/^在年全市疫情防控工作電視電話會上的講話$/gmu)?.length, 17);
  });

  it('004: the link list and the unrelated article blurbs after it are removed to the end', () => {
    const text = seed('004');
    const cleaned = fixAllSafe(text, (t) => both.analyze(t)).text;
    assert.ok(!cleaned.includes('追梦筑梦圆梦'));
    assert.ok(!cleaned.includes('推荐访问'));
    assert.ok(cleaned.includes('十是'), 'the speech body stays');
  });
});
