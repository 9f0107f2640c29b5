import type { PlatformRule } from '../schemas/platform-rule';

/** Loopback pages of the bundled demo platform (any port). Only development, demo and test builds carry them. */
export const DEMO_MATCHES = ['http://127.0.0.1/platform/*', 'http://localhost/platform/*'];

export const DEMO_PRESET: PlatformRule = {
  id: 'demo',
  name: 'StudyTrail demo platform',
  matches: DEMO_MATCHES,
  courseTitle: { selector: '[data-course-title]' },
  lessonTitle: { selector: '[data-lesson-title]' },
  allFrames: true,
};
