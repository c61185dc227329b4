import { attachmentFiles } from './attachment/files.js';
import { attachmentFolder } from './attachment/folder.js';
import { attachmentType } from './attachment/type.js';
import { completenessAttachment } from './completeness/attachment.js';
import { completenessField } from './completeness/field.js';
import { conflictCustomer } from './conflict/customer.js';
import { conflictSimilar } from './conflict/similar.js';
import type { RegistrationCheck, WorkspaceCheck } from './context.js';
import { dateClosePassed } from './date/close-passed.js';
import { dateFuture } from './date/future.js';
import { dateOrder } from './date/order.js';
import { idDuplicate } from './id/duplicate.js';
import { idFileName } from './id/file-name.js';
import { idFolder } from './id/folder.js';
import { idFormat } from './id/format.js';
import { partnerFileName } from './id/partner-file.js';
import { attachmentTypeRef } from './ref/attachment-type.js';
import { certificationIdRef } from './ref/certification-id.js';
import { certificationRef } from './ref/certification.js';
import { contactRef } from './ref/contact.js';
import { currencyRef } from './ref/currency.js';
import { kindRef } from './ref/kind.js';
import { partnerRef } from './ref/partner.js';
import { productLineRef } from './ref/product-line.js';
import { regionRef } from './ref/region.js';

/** Checks of one registration, in the order their findings read best. */
export const registrationChecks: readonly RegistrationCheck[] = [
  idFormat,
  idFileName,
  idFolder,
  kindRef,
  partnerRef,
  contactRef,
  productLineRef,
  certificationRef,
  currencyRef,
  regionRef,
  attachmentTypeRef,
  attachmentFiles,
  attachmentType,
  attachmentFolder,
  dateFuture,
  dateOrder,
  dateClosePassed,
  completenessField,
  completenessAttachment,
];

export const workspaceChecks: readonly WorkspaceCheck[] = [
  idDuplicate,
  conflictCustomer,
  conflictSimilar,
];

export const partnerChecks: readonly RegistrationCheck[] = [partnerFileName, certificationIdRef];
