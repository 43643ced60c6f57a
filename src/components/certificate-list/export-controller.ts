/**
 * The state of the certificate list's CSV export: idle, running (with its progress), ready,
 * cancelled or failed, and the run itself. What builds the file (export-file.ts) is downloaded at
 * the first press; the button shows the export as running meanwhile, and a failed download is
 * explained like a failed request and downloaded again at the next press (base/lazy-module.ts).
 * The button and its status are drawn by the view (export-button.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiConfig } from '../../api/client.js';
import { isAbort } from '../../api/errors.js';
import type { AbschExportDetail } from '../../base/events.js';
import { lazyModule } from '../../base/lazy-module.js';
import { describeFailure, type Failure } from '../../base/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { withLocale } from '../../i18n/localization.js';
import type { ListRequest } from './attributes.js';

const exportFile = lazyModule(() => import('./export-file.js'));

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number | null }
  | { phase: 'ready'; total: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** What the export reads from the element when it starts (and the portal when the file is built). */
export interface ExportSource {
  /** the current checked request: the export takes its filters, order and language */
  request(): ListRequest;
  /** the total of the page in view, for the progress bar before the first answer */
  knownTotal(): number | undefined;
  config(): ApiConfig;
  portal(): string;
  /** the element's language now (the names of usages and subjects in the file follow it) */
  locale(): Locale;
  /** fires `absch-error` */
  failed(failure: Failure): void;
  /** fires the cancelable `absch-export`; true when the file is to be downloaded */
  offer(detail: AbschExportDetail): boolean;
}

/** What the view draws the export button from, and calls when it is pressed. */
export interface ExportControl {
  readonly state: ExportState;
  start(): void;
  cancel(): void;
}

export class ExportController implements ReactiveController, ExportControl {
  private current: ExportState = { phase: 'idle' };
  private abortController?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  get state(): ExportState {
    return this.current;
  }

  hostDisconnected(): void {
    this.abortController?.abort();
  }

  start(): void {
    if (this.current.phase !== 'running') void this.run();
  }

  cancel(): void {
    this.abortController?.abort();
  }

  private setState(state: ExportState): void {
    this.current = state;
    this.host.requestUpdate();
  }

  /** Fetches every page of the current filters, then builds the CSV and offers it (absch-export) before downloading it. */
  private async run(): Promise<void> {
    const request = this.source.request();
    if (request.badCountry !== undefined) return;
    const controller = new AbortController();
    this.abortController = controller;
    const config = this.source.config();
    this.setState({ phase: 'running', done: 0, total: this.source.knownTotal() ?? null });
    try {
      const file = await exportFile.load();
      controller.signal.throwIfAborted();
      const certificates = await file.fetchCertificates(config, request, controller.signal, (done, total) =>
        this.setState({ phase: 'running', done, total }),
      );
      // Built after the last answer, outside any render: its headers and names in the element's language.
      const { blob, filename } = file.certificateFile(certificates, request, this.source.locale(), this.source.portal());
      if (this.source.offer({ filename, total: certificates.length, blob })) file.downloadBlob(blob, filename);
      this.setState({ phase: 'ready', total: certificates.length });
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) {
        this.setState({ phase: 'cancelled' });
      } else {
        const failure = withLocale(this.source.locale(), () => describeFailure(error));
        this.setState({ phase: 'failed', message: failure.message });
        this.source.failed(failure);
      }
    } finally {
      if (this.abortController === controller) this.abortController = undefined;
    }
  }
}
