import type { SessionKind } from '@/storage/schemas/rows';

/**
 * Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008: https://jfly.uni-koeln.de/color/), chosen
 * to stay apart for the common kinds of colour blindness, and legible on the light and the dark background.
 */
export const KIND_COLOURS: Record<SessionKind, string> = {
  input: '#0072B2',
  media: '#E69F00',
  'background-audio': '#009E73',
  manual: '#CC79A7',
};

/** The single-series colour (months): Okabe–Ito blue. */
export const SERIES_COLOUR = '#0072B2';
