import { measureWidgetRender, widgetRenderLines } from './widget-render';
import { measureWidget, widgetSizeLines } from './widget-size';

/** `npm run bench` section: the portal widget's gzipped size and first render time (docs/architecture.md section 6). */
export async function widgetSection(): Promise<string> {
  const lines = ['Portal widget (<studytrail-progress>):'];
  lines.push(...widgetSizeLines(await measureWidget()));
  try {
    lines.push(...widgetRenderLines(await measureWidgetRender()));
  } catch (error) {
    lines.push(`first render: not measured (${error instanceof Error ? error.message : String(error)})`);
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('widget-bench.ts')) console.log(await widgetSection());
