import { useUi } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../state/interfaceLanguage';

/** Each shortcut's keys and what it does (shown through `t`). */
export const SHORTCUTS: [string, string][] = [
  ['Ctrl K / ⌘ K', 'Switch client'],
  ['Ctrl N / ⌘ N', 'New client (desktop app menu)'],
  ['Ctrl Shift H', 'All clients (desktop app menu)'],
  ['Ctrl Shift L / ⌘ Shift L', 'Lock the app (when the workspace is encrypted)'],
  ['F1', 'This list of shortcuts'],
  ['Tab / Shift Tab', 'Move between fields; every edit is saved as you type'],
  ['Esc', 'Close a dialog'],
];

export function HelpDialog() {
  const { helpOpen, setHelpOpen } = useUi();
  const t = useT();
  return (
    <Dialog open={helpOpen} onOpenChange={setHelpOpen} title={t('Keyboard shortcuts')}>
      <table className="table">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
