import { render } from 'preact';
import { browser, createShadowRootUi, defineContentScript } from '#imports';
import tokensCss from '@/components/design/tokens.css?inline';
import type { FormOutcome } from '@/components/reflection/ReflectionForm';
import formCss from '@/components/reflection/reflection-form.css?inline';
import type { ReflectionMessage, ReflectionReply } from '@/storage/schemas/reflection-messages';
import { Card } from './Card';
import cardCss from './card.css?inline';
import { pageBlocksCard } from './page-blocks-card';

type Global = typeof globalThis & { __studytrailReflectionCard?: boolean };

const send = (message: ReflectionMessage): Promise<ReflectionReply | undefined> =>
  browser.runtime.sendMessage(message).catch(() => undefined) as Promise<ReflectionReply | undefined>;

/**
 * The reflection card: injected by the background into a tab's top frame only when a card is due
 * (entrypoints/background/reflection-prompts.ts), so its UI never weighs on the platform script.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const global = globalThis as Global;
    // Injected again while a card is open: that card stays, no second one.
    if (global.__studytrailReflectionCard) return;
    global.__studytrailReflectionCard = true;
    const reply = await send({ type: 'reflection-context' });
    const context = reply?.ok ? reply.context : undefined;
    if (!context) {
      global.__studytrailReflectionCard = false;
      return;
    }
    const answer = (outcome: ReflectionMessage & { type: 'reflection-card' }) => void send(outcome);
    if (pageBlocksCard(document, context.awayDialogSelector)) {
      answer({ type: 'reflection-card', courseKey: context.courseKey, outcome: 'blocked' });
      global.__studytrailReflectionCard = false;
      return;
    }
    const returnFocus = document.activeElement as HTMLElement | null;
    const ui = await createShadowRootUi(ctx, {
      name: 'studytrail-reflection',
      position: 'inline',
      anchor: 'body',
      css: `${tokensCss}\n${formCss}\n${cardCss}`,
      // Typing in the card must not reach the page's own shortcuts (space pauses many players).
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const done = (outcome: FormOutcome) => {
          answer({ type: 'reflection-card', courseKey: context.courseKey, outcome });
          ui.remove();
          global.__studytrailReflectionCard = false;
          if (returnFocus?.isConnected) returnFocus.focus();
        };
        render(<Card context={context} send={send} onDone={done} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    const host = ui.shadowHost;
    // The top layer keeps the card above any z-index the page sets.
    if ('showPopover' in host) {
      host.setAttribute('popover', 'manual');
      host.showPopover();
    }
    answer({ type: 'reflection-card', courseKey: context.courseKey, outcome: 'shown' });
  },
});
