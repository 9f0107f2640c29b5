import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Digest, XapiActor } from '@/storage/digest';
import { type Locale, type MessageKey, translate } from '@/storage/i18n';
import { fingerprintOf } from '@/storage/signing/fingerprint';
import { shiftWeek, weekContaining } from '@/storage/tracking/weeks';
import { type DigestFile, type DigestFormat, digestFiles } from './digest-files';
import { previewDocument } from './preview-document';
import './digest-view.css';

export interface DigestActions {
  /** Builds the digest of one week (local dates, inclusive) from the stored rows. */
  load(week: { start: string; end: string }): Promise<Digest>;
  save(files: DigestFile[]): void;
  copy(text: string): Promise<void>;
  /** Shows another week (the dashboard keeps it in the address, so a reminder can link to it). */
  showWeek(start: string): void;
}

interface Props {
  locale: Locale;
  week: { start: string; end: string };
  actions: DigestActions;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; digest: Digest; fingerprint?: string }
  | { status: 'error'; message: string };

const FORMATS: { format: DigestFormat; label: MessageKey }[] = [
  { format: 'markdown', label: 'digestView_downloadMarkdown' },
  { format: 'html', label: 'digestView_downloadHtml' },
  { format: 'csv', label: 'digestView_downloadCsv' },
  { format: 'json', label: 'digestView_downloadJson' },
  { format: 'xapi', label: 'digestView_downloadXapi' },
];

function actorFrom(name: string, homePage: string): XapiActor {
  return name.trim() && homePage.trim()
    ? { name: name.trim(), homePage: homePage.trim() }
    : { anonymous: true };
}

/** The weekly digest: pick a week, preview the printable document, download every format, copy Markdown. */
export function DigestView({ locale, week, actions }: Props) {
  const t = (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [docLocale, setDocLocale] = useState<Locale>(locale);
  const [actorName, setActorName] = useState('');
  const [actorHome, setActorHome] = useState('');
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    actions
      .load(week)
      .then(async (digest) => ({
        digest,
        fingerprint: digest.signature && (await fingerprintOf(digest.signature.publicKey)),
      }))
      .then(
        (ready) => current && setState({ status: 'ready', ...ready }),
        (error: unknown) => current && setState({ status: 'error', message: String(error) }),
      );
    return () => {
      current = false;
    };
  }, [week.start, week.end, actions]);

  const digest = state.status === 'ready' ? state.digest : undefined;
  const fingerprint = state.status === 'ready' ? state.fingerprint : undefined;
  const previewHtml = useMemo(
    () =>
      digest ? digestFiles(digest, 'html', docLocale, { anonymous: true }, fingerprint)[0]?.text : undefined,
    [digest, docLocale, fingerprint],
  );
  const actorInvalid = actorHome.trim() !== '' && !/^https?:\/\/\S+$/.test(actorHome.trim());
  const download = (format: DigestFormat) => {
    if (!digest) return;
    const actor = actorFrom(actorName, actorInvalid ? '' : actorHome);
    actions.save(digestFiles(digest, format, docLocale, actor, fingerprint));
  };
  const copyMarkdown = async () => {
    if (!digest) return;
    const [file] = digestFiles(digest, 'markdown', docLocale, { anonymous: true }, fingerprint);
    try {
      await actions.copy(file?.text ?? '');
      setNotice({ kind: 'status', text: t('digestView_copied') });
    } catch (error) {
      setNotice({ kind: 'alert', text: t('digestView_copyFailed', String(error)) });
    }
  };

  return (
    <section class="digest-view" aria-labelledby="digest-heading">
      <h2 id="digest-heading">{t('digestView_heading')}</h2>
      <fieldset class="group week-picker">
        <legend>{t('digestView_weekLabel')}</legend>
        <div class="form-row">
          <div class="week-step">
            <button type="button" onClick={() => actions.showWeek(shiftWeek(week.start, -1).start)}>
              {t('digestView_previousWeek')}
            </button>
            <output data-testid="digest-week" aria-live="polite">
              {t('digestView_weekRange', week.start, week.end)}
            </output>
            <button type="button" onClick={() => actions.showWeek(shiftWeek(week.start, 1).start)}>
              {t('digestView_nextWeek')}
            </button>
          </div>
          <div class="field">
            <label for="digest-day">{t('digestView_pickDay')}</label>
            <input
              id="digest-day"
              type="date"
              value={week.start}
              onChange={(event) => {
                const value = (event.currentTarget as HTMLInputElement).value;
                if (/^\d{4}-\d{2}-\d{2}$/.test(value)) actions.showWeek(weekContaining(value).start);
              }}
            />
          </div>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>{t('digestView_actorHeading')}</legend>
        <p class="hint">{t('digestView_actorHint')}</p>
        <div class="form-row">
          <div class="field">
            <label for="actor-name">{t('digestView_actorName')}</label>
            <input
              id="actor-name"
              type="text"
              value={actorName}
              onInput={(e) => setActorName((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field wide">
            <label for="actor-home">{t('digestView_actorHomePage')}</label>
            <input
              id="actor-home"
              type="url"
              value={actorHome}
              aria-invalid={actorInvalid}
              aria-describedby={actorInvalid ? 'actor-home-error' : undefined}
              onInput={(e) => setActorHome((e.currentTarget as HTMLInputElement).value)}
            />
            {actorInvalid && (
              <p id="actor-home-error" class="field-error" role="alert">
                {t('digestView_actorHomePageInvalid')}
              </p>
            )}
          </div>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>{t('digestView_filesHeading')}</legend>
        <div class="field inline">
          <label for="digest-language">{t('digestView_docLanguage')}</label>
          <select
            id="digest-language"
            value={docLocale}
            onChange={(event) => setDocLocale((event.currentTarget as HTMLSelectElement).value as Locale)}
          >
            <option value="zh_CN" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        <div class="actions digest-actions">
          {FORMATS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              data-format={format}
              disabled={!digest}
              onClick={() => download(format)}
            >
              {t(label)}
            </button>
          ))}
          <button type="button" disabled={!digest} onClick={copyMarkdown}>
            {t('digestView_copyMarkdown')}
          </button>
        </div>
        <p class="hint">{t('digestView_printHint')}</p>
        {notice && (
          <p role={notice.kind} class={notice.kind}>
            {notice.text}
          </p>
        )}
      </fieldset>

      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('digestView_loadFailed', state.message)}</p>}
      {digest && !digest.signature && (
        <p class="hint" data-testid="digest-unsigned">
          {t('digestView_unsigned')}
        </p>
      )}
      {digest && previewHtml !== undefined && (
        <div class="digest-paper">
          <iframe
            class="digest-preview"
            title={t('digestView_previewTitle')}
            sandbox=""
            srcdoc={previewDocument(previewHtml)}
          />
        </div>
      )}
    </section>
  );
}
