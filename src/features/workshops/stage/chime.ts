/**
 * The gentle signal when an agenda item's time is up: two soft tones made on the spot with the
 * Web Audio API (no sound file, nothing loaded). Silently does nothing where audio is unavailable.
 */
export function playChime(): void {
  try {
    const Context = window.AudioContext;
    if (!Context) return;
    const audio = new Context();
    [660, 880].forEach((frequency, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const start = audio.currentTime + i * 0.35;
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.12, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.1);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 1.2);
    });
    window.setTimeout(() => void audio.close().catch(() => undefined), 2000);
  } catch {
    // No audio device or audio blocked: the visual signal remains.
  }
}
