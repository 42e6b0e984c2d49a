// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/domain/portfolio';
import { Badge } from '../../../src/ui/Badge';
import { BADGE_TONES } from '../../../src/ui/badgeTones';
import { PALETTE, RISK_TIER_COLOURS } from '../../../src/domain/shared/palette';

afterEach(cleanup);

describe('the badge of the kit', () => {
  it('shows its text, so the colour is never the only signal', () => {
    render(
      <Badge tone="danger" title="Prohibited practice under the EU AI Act">
        Prohibited
      </Badge>,
    );
    const badge = screen.getByText('Prohibited');
    expect(badge.textContent).toBe('Prohibited');
    expect(badge.getAttribute('title')).toBe('Prohibited practice under the EU AI Act');
    expect(badge.className).toContain('ui-badge--danger');
  });

  it('is neutral unless given a tone', () => {
    render(<Badge>Demo</Badge>);
    expect(screen.getByText('Demo').className).toContain('ui-badge--neutral');
  });

  it('colours an EU AI Act tier in the family the map and the slides draw it in', () => {
    const strong = {
      danger: PALETTE.dangerStrong,
      warning: PALETTE.warningStrong,
      success: PALETTE.successStrong,
    };
    for (const tier of ['high', 'limited', 'minimal'] as const)
      expect(strong[BADGE_TONES.aiActTier[tier] as keyof typeof strong], tier).toBe(RISK_TIER_COLOURS[tier]);
    expect(BADGE_TONES.aiActTier.prohibited).toBe('danger');
    expect(BADGE_TONES.aiActTier.unclassified).toBe('neutral');
  });

  it('maps the domain values to tones in one table', () => {
    expect(STAGES.every((stage) => BADGE_TONES.stage[stage])).toBe(true);
    expect(BADGE_TONES.stage.stopped).toBe('danger');
    expect(BADGE_TONES.aiActTier.prohibited).toBe('danger');
    expect(BADGE_TONES.aiActTier.minimal).toBe('success');
    expect(BADGE_TONES.kpiStatus['at-risk']).toBe('warning');
    expect(BADGE_TONES.vendorDecision.rejected).toBe('danger');
    // Register values without a meaning of their own get no badge (plain text).
    expect(BADGE_TONES.registerValue['status-banned']).toBe('danger');
    expect(BADGE_TONES.registerValue['owner-anyone']).toBeUndefined();
  });
});
