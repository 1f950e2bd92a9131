/** Command ids, as declared in package.json `contributes.commands`. */
export const COMMANDS = {
  checkDocument: 'speechDrafter.checkDocument',
  checkWorkspace: 'speechDrafter.checkWorkspace',
  nextPlaceholder: 'speechDrafter.nextPlaceholder',
  fillPlaceholder: 'speechDrafter.fillPlaceholder',
  removeWebBoilerplate: 'speechDrafter.removeWebBoilerplate',
  ignoreInWorkspace: 'speechDrafter.ignoreInWorkspace',
  showFixes: 'speechDrafter.showFixes',
  convertToSimplified: 'speechDrafter.convertToSimplified',
} as const;
