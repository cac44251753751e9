import PDFDocument from 'pdfkit';
import { posterFonts } from './fonts';

/** A PDF to add poster pages to; the caller streams it (it is a Readable) and calls end(). */
export function createPosterDocument(title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: title, Author: 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi', Creator: 'Cổng kiểm soát chốt Quảng Ngãi' },
    lang: 'vi-VN',
    displayTitle: true,
  });
  const fonts = posterFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
  return doc;
}
