/** Simple vector logos for the fictional demo clients (no external assets, no network). */

function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function brightsideLogo(): string {
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="20" fill="#0E7C66"/><circle cx="48" cy="40" r="16" fill="#F5C542"/><path d="M20 70h56" stroke="#fff" stroke-width="8" stroke-linecap="round"/><path d="M30 56l-8-8M66 56l8-8M48 18v-8" stroke="#F5C542" stroke-width="5" stroke-linecap="round"/></svg>`,
  );
}

export function vanDijkLogo(): string {
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="20" fill="#1F3A68"/><rect x="22" y="52" width="12" height="22" rx="2" fill="#9CC3FF"/><rect x="42" y="38" width="12" height="36" rx="2" fill="#C9DEFF"/><rect x="62" y="24" width="12" height="50" rx="2" fill="#fff"/></svg>`,
  );
}

export function nordhavenLogo(): string {
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="20" fill="#B4441C"/><circle cx="48" cy="48" r="24" fill="none" stroke="#fff" stroke-width="8"/><circle cx="48" cy="48" r="8" fill="#fff"/><path d="M48 12v12M48 72v12M12 48h12M72 48h12" stroke="#fff" stroke-width="8" stroke-linecap="round"/></svg>`,
  );
}
