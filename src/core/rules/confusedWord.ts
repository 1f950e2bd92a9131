/**
 * Rule `confused-word`: a substitution rule over the table of often-confused words
 * (../data/confusedWords) and the `confusedWords` of the configuration.
 */
import * as l10n from '@vscode/l10n';
import { CONFUSED_WORDS, type ConfusedWordEntry } from '../data/confusedWords';
import { substitutionRule } from '../substitution';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const confusedWordRule = substitutionRule<ConfusedWordEntry>({
  id: 'confused-word',
  defaultLevel: 'warning',
  description: 'Often-confused words in official writing: 截止目前→截至目前, 截至到, 其它→其他, 交待→交代, 重中之中, 不仅……而是, 必需/必须, 做出→作出 (hint).',
  table: CONFUSED_WORDS,
  // The drafter's own pairs: the wrong text as written, always a safe change; the note as given.
  configured: (config) =>
    config.confusedWords.map((w) => ({ id: `user:${w.wrong}`, from: new RegExp(escape(w.wrong), 'gu'), to: w.right, note: w.note ?? '', safe: true, flag: [], pass: [] })),
  message(e, matched) {
    const note = e.id.startsWith('user:') ? e.note : l10n.t(e.note);
    return e.to !== undefined ? l10n.t('"{0}" → "{1}". {2}', matched, e.to, note) : note;
  },
});
