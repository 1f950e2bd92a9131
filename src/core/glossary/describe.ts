/**
 * An entry of the glossary in words, for the hover and the `glossary` command alike: its members,
 * status and sources first (what a drafter checks at a glance), then its meaning, where it was
 * first stated, what the official record shows of it and how its wording changed.
 */
import * as l10n from '@vscode/l10n';
import { membersText } from './initials';
import type { GlossaryEntry, RecordRef, WordingChange } from './types';

export interface EntryLine {
  /** What the line says (members, status …), localized. */
  readonly label: string;
  readonly text: string;
  /** Links for the line (sources): shown as links where the adapter can. */
  readonly links?: ReadonlyArray<{ readonly url: string; readonly title?: string }>;
}

const KIND_NAMES: Record<string, () => string> = {
  numbered: () => l10n.t('numbered formulation'),
  slogan: () => l10n.t('quoted slogan'),
  named: () => l10n.t('named strategy, programme or system'),
  enumeration: () => l10n.t('fixed enumeration'),
};

export function kindText(e: GlossaryEntry): string | undefined {
  return e.kind ? (KIND_NAMES[e.kind]?.() ?? e.kind) : undefined;
}

export function scopeText(e: GlossaryEntry): string {
  switch (e.scope ?? 'national') {
    case 'local':
      return l10n.t('local');
    case 'sector':
      return l10n.t('sector');
    default:
      return l10n.t('national');
  }
}

export function statusText(e: GlossaryEntry): string {
  const since = e.changedOn ?? e.outdatedSince;
  switch (e.status) {
    case 'current':
      return l10n.t('in use');
    case 'changed':
      return (since ? l10n.t('changed on {0}', since) : l10n.t('changed')) + (e.newWording ? `：${e.newWording}` : '');
    case 'historical':
      return since ? l10n.t('historical (since {0})', since) : l10n.t('historical');
    case 'outdated':
      return since ? l10n.t('outdated since {0}', since) : l10n.t('outdated');
    case 'unconfirmed':
      return l10n.t('unconfirmed: only its usages in the corpus are shown');
    default:
      return e.lastUse ? l10n.t('not curated; last in the official record: {0} ({1})', e.lastUse.title, String(e.lastUse.year)) : l10n.t('not curated');
  }
}

export function recordText(r: RecordRef): string {
  return `${r.year}年《${r.title.replace(/^《|》$/g, '')}》`;
}

export function changeText(h: WordingChange): string {
  const parts = [
    h.added?.length ? l10n.t('added {0}', h.added.join('、')) : '',
    h.removed?.length ? l10n.t('removed {0}', h.removed.join('、')) : '',
    h.renamed?.length ? l10n.t('renamed {0}', h.renamed.map(([a, b]) => `${a} → ${b}`).join('、')) : '',
    h.reordered ? l10n.t('reordered') : '',
  ].filter(Boolean);
  return `${recordText(h)}：${membersText(h.members)}${parts.length ? `（${parts.join('；')}）` : ''}`;
}

/** The lines of an entry, most needed first: members, status, sources; then meaning, origin, record, history. */
export function describeEntry(e: GlossaryEntry): EntryLine[] {
  const out: EntryLine[] = [];
  if (e.members?.length) out.push({ label: l10n.t('Members'), text: membersText(e.members) });
  if (e.wording) out.push({ label: l10n.t('Wording'), text: e.wording });
  out.push({ label: l10n.t('Status'), text: statusText(e) });
  if (e.sources?.length) out.push({ label: l10n.t('Sources'), text: e.sources.map((s) => s.title ?? s.url).join('；'), links: e.sources });
  else if (e.source) out.push({ label: l10n.t('Source'), text: e.source });
  if (e.meaning) out.push({ label: l10n.t('Meaning'), text: e.meaning });
  if (e.origin || e.date) out.push({ label: l10n.t('First stated'), text: [e.origin, e.date].filter(Boolean).join('，') });
  if (e.firstUse) {
    const uses = e.documents && e.documents > 1 ? l10n.t('{0} documents, the last {1}', String(e.documents), recordText(e.lastUse ?? e.firstUse)) : '';
    out.push({ label: l10n.t('In the official record'), text: [l10n.t('first in {0}', recordText(e.firstUse)), uses].filter(Boolean).join('；'), links: e.firstUse.url ? [{ url: e.firstUse.url, title: e.firstUse.title }] : undefined });
  }
  if (e.membersFirst) out.push({ label: l10n.t('Members first spelled out'), text: recordText(e.membersFirst) });
  if (e.history?.length) out.push({ label: l10n.t('Wording over time'), text: e.history.map(changeText).join('\n') });
  if (e.outdatedMembers?.length && (e.changedOn ?? e.outdatedSince)) {
    out.push({ label: l10n.t('Earlier wording'), text: l10n.t('{0} until {1}', e.outdatedMembers.join('、'), (e.changedOn ?? e.outdatedSince)!) });
  }
  if (e.note) out.push({ label: l10n.t('Note'), text: e.note });
  return out;
}

/** The entry as the `glossary` command prints it in JSON: its own fields, nothing computed. */
export function entryJson(e: GlossaryEntry): Record<string, unknown> {
  const { examples: _examples, ...rest } = e;
  return { ...rest, scope: e.scope ?? 'national', status: e.status ?? null };
}
