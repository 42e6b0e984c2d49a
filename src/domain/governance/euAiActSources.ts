/**
 * Links to the official texts on EUR-Lex. They are only data: the app opens one in the system
 * browser when the user clicks it (platform `openExternal`), and makes no request otherwise.
 */

export const EUR_LEX = {
  /** Regulation (EU) 2024/1689, the AI Act (its articles carry anchors such as `#art_73`). */
  aiAct: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689',
  /** Regulation (EU) 2026/1744, the Digital Omnibus on AI. */
  omnibus: 'https://eur-lex.europa.eu/eli/reg/2026/1744/oj',
  /** Regulation (EU) 2016/679, the GDPR. */
  gdpr: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679',
} as const;

/**
 * The EUR-Lex address of a rule from its article reference: the GDPR or the Omnibus when the
 * reference names them, else the AI Act at its Annex III or at the first article named.
 */
export function eurLexUrl(article: string): string {
  if (/^GDPR\b/.test(article)) return EUR_LEX.gdpr;
  if (/2026\/1744/.test(article)) return EUR_LEX.omnibus;
  if (/Annex III\b/.test(article)) return `${EUR_LEX.aiAct}#anx_III`;
  const match = /Art\. (\d+)/.exec(article);
  return match ? `${EUR_LEX.aiAct}#art_${match[1]}` : EUR_LEX.aiAct;
}

/** A rule of the pack with its link to the official text (an explicit `url` wins). */
export function withSource<T extends { article: string; url?: string }>(rule: T): T & { url: string } {
  return { ...rule, url: rule.url ?? eurLexUrl(rule.article) };
}

/** A public address the app may hand to the system browser: https on EUR-Lex or the EU's own sites. */
export function isOfficialSourceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      (parsed.hostname === 'eur-lex.europa.eu' || parsed.hostname.endsWith('.europa.eu'))
    );
  } catch {
    return false;
  }
}
