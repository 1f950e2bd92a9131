/** .speechdrafter.json as VS Code reads settings files, and edited in place. */
import * as assert from 'node:assert/strict';
import { parseSettingsFile, setInSettingsFile } from '../../src/core';

describe('settings file', () => {
  it('comments, trailing commas, a BOM and an empty file are fine', () => {
    assert.deepEqual(parseSettingsFile('\ufeff/* team */ { "allow": ["甲",], } // end\n', 'f').layer?.settings, { allow: ['甲'] });
    assert.deepEqual(parseSettingsFile('  \n', 'f'), { layer: { source: 'f', settings: {} }, problems: [] });
  });

  it('what is wrong is named with its line and column, and the file is ignored', () => {
    const r = parseSettingsFile('{\n  "allow": ["甲"\n}', 'cfg.json');
    assert.equal(r.layer, undefined);
    assert.deepEqual(r.problems, [{ source: 'cfg.json', message: 'not valid JSON at line 3, column 1 (a comma is expected); the file is ignored until it is fixed, the other settings apply.' }]);
    assert.match(parseSettingsFile('{ "a": "x', 'f').problems[0].message, /\(a string is not closed\)/);
    assert.match(parseSettingsFile('{ /* x', 'f').problems[0].message, /\(a comment is not closed\)/);
    assert.match(parseSettingsFile('42', 'f').problems[0].message, /^the file must hold one JSON object/);
  });

  it('an edit keeps comments, the BOM and CRLF; a broken file is not edited', () => {
    const text = '\ufeff{\r\n  // keep me\r\n  "rules": { "placeholder": "off" },\r\n}\r\n';
    const edited = setInSettingsFile(text, ['allow'], ['XX书记'])!;
    assert.ok(edited.startsWith('\ufeff{\r\n  // keep me\r\n'));
    assert.ok(!/[^\r]\n/.test(edited), 'CRLF throughout');
    assert.deepEqual(parseSettingsFile(edited, 'f').layer?.settings, { rules: { placeholder: 'off' }, allow: ['XX书记'] });
    assert.deepEqual(parseSettingsFile(setInSettingsFile('', ['allow'], ['甲'])!, 'f').layer?.settings, { allow: ['甲'] });
    assert.equal(setInSettingsFile('{ "allow": [', ['allow'], ['甲']), undefined);
    assert.equal(setInSettingsFile('[]', ['allow'], ['甲']), undefined);
  });
});
