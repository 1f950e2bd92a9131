/** announced-count says what it counted, in English and in Chinese. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { only } from './helpers';

const root = path.join(__dirname, '..', '..', '..');
const speech = '标题\n同志们：\n下面，我讲三点意见。\n一、提高认识\n正文。\n二、压实责任\n正文。\n四、强化保障\n正文。';

describe('announced-count messages', () => {
  it('name the announcement, the headings found and the one that skips a number', () => {
    const [f] = only('announced-count').analyze(speech);
    assert.equal(speech.slice(f.start, f.end), '讲三点');
    assert.equal(f.message, 'After "讲三点意见", only 2 found as first-level headings: 一、二 (四、 skips a number).');
  });

  it('name the items of an enumeration that go beyond the count', () => {
    const text = '要做到“两个立即”。一是立即调整；二是立即行动；三是立即报告。';
    const [f] = only('announced-count').analyze(text);
    assert.equal(f.message, 'After "两个立即", 3 found as items: 一是、二是、三是.');
  });

  it('quote a quoted term once, in Chinese too', () => {
    const text = '要做到“两个立即”。一是立即调整；二是立即行动；三是立即报告。';
    const script = `
      const l10n = require('@vscode/l10n');
      l10n.config({ fsPath: ${JSON.stringify(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'))} });
      const { analyze } = require(${JSON.stringify(path.join(root, 'out', 'src', 'core'))});
      const f = analyze(${JSON.stringify(text)}).find((x) => x.rule === 'announced-count');
      process.stdout.write(f.message);`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '“两个立即”之后有 3 项：一是、二是、三是。');
  });

  it('a numbered term that names a formulation announces nothing, whatever list follows', () => {
    for (const text of [
      '要压实“四方责任”。一是压实属地责任；二是压实部门责任；三是压实单位责任。',
      '增强“四个意识”：一是加强理论学习；二是严肃组织生活。',
      '坚决打好“三大攻坚战”。\n第一，防范化解重大风险。\n第二，精准脱贫。',
    ]) {
      assert.deepEqual(only('announced-count').analyze(text), [], text);
    }
  });

  it('a quoted count whose items spell it out is still checked', () => {
    const text = '做到“十个着力”。\n一是着力监测预警。\n二是切实着力核酸检测。';
    const [f] = only('announced-count').analyze(text);
    assert.equal(text.slice(f.start, f.end), '“十个着力”');
    assert.equal(f.message, 'After "十个着力", only 2 found as items: 一是、二是.');
  });

  it('read in Chinese with the zh-cn bundle', () => {
    // A fresh process, so the Chinese bundle does not leak into the other tests.
    const script = `
      const l10n = require('@vscode/l10n');
      l10n.config({ fsPath: ${JSON.stringify(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'))} });
      const { analyze } = require(${JSON.stringify(path.join(root, 'out', 'src', 'core'))});
      const f = analyze(${JSON.stringify(speech)}).find((x) => x.rule === 'announced-count');
      process.stdout.write(f.message);`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '“讲三点意见”之后只找到 2 个一级标题：一、二（四、跳号）。');
  });
});
