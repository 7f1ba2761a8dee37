// HTML printed to PDF by Chromium (Skia's PDF writer, as "Save as PDF" makes them), through playwright-core.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.PLANBENCH_CHROMIUM ?? '/usr/bin/chromium';

export interface PrintOptions {
  /** Running header and footer; the footer holds the page number as "— N —". */
  header?: string;
  footer?: boolean;
}

export async function printPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const small = 'font-size:9px;width:100%;text-align:center;font-family:"Noto Sans CJK SC"';
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: Boolean(options.header || options.footer),
      headerTemplate: options.header ? `<div style='${small}'>${options.header}</div>` : '<span></span>',
      footerTemplate: options.footer ? `<div style='${small}'>— <span class="pageNumber"></span> —</div>` : '<span></span>',
      margin: { top: '64px', bottom: '64px', left: '56px', right: '56px' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
