import 'server-only';
import QRCode from 'qrcode';
import { publicBaseUrl } from '@/lib/config/base-url';

export interface ReceiptLink {
  url: string;
  /** The link's QR code as an SVG data URL, for an <img> on screen or paper. */
  qr: string;
}

export async function receiptLink(token: string): Promise<ReceiptLink> {
  const url = `${publicBaseUrl().url}/van-ban/${token}`;
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}
