import { create } from 'zustand';

/** UI-only state (never data): which dialogs are open. The current client lives in the URL. */
interface UiState {
  switcherOpen: boolean;
  newClientOpen: boolean;
  helpOpen: boolean;
  /** Screen-sharing mode of the cross-client vendor library: client names and their evaluations hidden. */
  hideClientNames: boolean;
  setHideClientNames(hide: boolean): void;
  setSwitcherOpen(open: boolean): void;
  setNewClientOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
}

export const useUi = create<UiState>((set) => ({
  switcherOpen: false,
  newClientOpen: false,
  helpOpen: false,
  hideClientNames: false,
  setHideClientNames: (hideClientNames) => set({ hideClientNames }),
  setSwitcherOpen: (switcherOpen) => set({ switcherOpen }),
  setNewClientOpen: (newClientOpen) => set({ newClientOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
}));
