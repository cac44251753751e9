import type { ActionState } from '@/lib/actions/state';

export interface IssuedLinkView {
  receiptId: string;
  recipientName: string;
  list: 'to' | 'cc';
  url: string;
  qr: string;
  emailQueued?: boolean;
}

/** What the send and reissue actions return: the links exist only here, once. */
export interface LinksState extends ActionState {
  links?: IssuedLinkView[];
  materialId?: string;
}
