import { StudytrailProgress } from './progress-element';

/*
 * Entry of the widget bundle (`studytrail-widget.js`): defines `<studytrail-progress>` once, even when a
 * page includes the script twice, and never throws into the host page.
 */
try {
  if (typeof customElements !== 'undefined' && !customElements.get('studytrail-progress')) {
    customElements.define('studytrail-progress', StudytrailProgress);
  }
} catch (error) {
  console.warn('<studytrail-progress>: not defined:', error);
}

export { StudytrailProgress };
