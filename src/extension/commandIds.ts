/**
 * Every command id, as declared in package.json `contributes.commands` (a unit test keeps the
 * two lists equal). Features refer to their commands only through this table.
 */
export const COMMANDS = {
  checkDocument: 'speechDrafter.checkDocument',
  checkWorkspace: 'speechDrafter.checkWorkspace',
  nextPlaceholder: 'speechDrafter.nextPlaceholder',
  fillPlaceholder: 'speechDrafter.fillPlaceholder',
  removeWebBoilerplate: 'speechDrafter.removeWebBoilerplate',
  ignoreInWorkspace: 'speechDrafter.ignoreInWorkspace',
  showFixes: 'speechDrafter.showFixes',
  convertToSimplified: 'speechDrafter.convertToSimplified',
  cleanPastedText: 'speechDrafter.cleanPastedText',
  renumber: 'speechDrafter.renumber',
  insertFrame: 'speechDrafter.insertFrame',
  showLength: 'speechDrafter.showLength',
  exportDocx: 'speechDrafter.exportDocx',
  searchCorpus: 'speechDrafter.searchCorpus',
  openCorpusHit: 'speechDrafter.openCorpusHit',
  listUnknownFormulations: 'speechDrafter.listUnknownFormulations',
  checkQuotations: 'speechDrafter.checkQuotations',
  openReference: 'speechDrafter.openReference',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
