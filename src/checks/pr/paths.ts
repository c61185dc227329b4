import { posix } from 'node:path';

const partnerFolder = /^(?:registrations|attachments)\/([^/]+)\//;
const registrationFile = /^registrations\/([^/]+)\/[^/]+\.ya?ml$/;
const policyInWorkspace = /^(?:reg\.config\.yaml$|schemas\/|templates\/|partners\/)/;
const hostFiles = /^(?:\.github\/|\.gitlab\/|\.gitlab-ci\.yml$)/;

/** The partner whose folder holds the file, for `registrations/<p>/` and `attachments/<p>/`. */
export function folderPartner(file: string): string | undefined {
  return partnerFolder.exec(file)?.[1];
}

export function isRegistrationFile(file: string): boolean {
  return registrationFile.test(file);
}

/**
 * Files that change the rules rather than a registration: the policy, schemas,
 * templates, partner profiles, CI configuration and CODEOWNERS. CI files and CODEOWNERS
 * count wherever they sit, as a workspace may be a subfolder of its repository.
 */
export function isPolicyFile(file: string): boolean {
  if (policyInWorkspace.test(file)) return true;
  const fromTop = file.replace(/^(?:\.\.\/)+/, '');
  return hostFiles.test(fromTop) || posix.basename(file) === 'CODEOWNERS';
}
