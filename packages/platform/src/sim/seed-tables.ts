/** Fixed vocabularies the seeded data set draws from. */

export interface PluginTemplate {
  id: string;
  name: string;
  description: string;
  owner: string;
  runtimes: ReadonlyArray<'node' | 'python'>;
}

export const PLUGIN_TEMPLATES: readonly PluginTemplate[] = [
  { id: 'acme.crm-sync', name: 'CRM Sync', description: 'Two-way sync of contacts and deals with external CRMs.', owner: 'Acme Integrations', runtimes: ['node'] },
  { id: 'acme.billing-bridge', name: 'Billing Bridge', description: 'Pushes invoices and payment status to billing systems.', owner: 'Acme Integrations', runtimes: ['node'] },
  { id: 'acme.sso-connector', name: 'SSO Connector', description: 'SAML and OIDC single sign-on for tenant users.', owner: 'Acme Identity', runtimes: ['node'] },
  { id: 'artisan.workflow-engine', name: 'Workflow Engine', description: 'Approval flows and scheduled automations.', owner: 'Artisan Platform', runtimes: ['node'] },
  { id: 'artisan.forms', name: 'Forms', description: 'Form builder with validation and conditional fields.', owner: 'Artisan Platform', runtimes: ['node'] },
  { id: 'artisan.analytics', name: 'Analytics', description: 'Usage dashboards and cohort reports.', owner: 'Artisan Data', runtimes: ['python'] },
  { id: 'northwind.inventory', name: 'Inventory', description: 'Stock levels, reorder points and warehouse transfers.', owner: 'Northwind Traders', runtimes: ['python'] },
  { id: 'northwind.shipping', name: 'Shipping', description: 'Carrier rates, labels and tracking.', owner: 'Northwind Traders', runtimes: ['node'] },
  { id: 'globex.payments', name: 'Payments', description: 'Card and wallet payments with 3-D Secure.', owner: 'Globex Fintech', runtimes: ['node'] },
  { id: 'globex.tax-calc', name: 'Tax Calculator', description: 'VAT and sales tax calculation per jurisdiction.', owner: 'Globex Fintech', runtimes: ['python'] },
  { id: 'initech.reporting', name: 'Reporting', description: 'Scheduled PDF and spreadsheet reports.', owner: 'Initech Labs', runtimes: ['node', 'python'] },
  { id: 'initech.notifier', name: 'Notifier', description: 'Email, SMS and IM notifications from any workflow.', owner: 'Initech Labs', runtimes: ['node'] },
  { id: 'hooli.search', name: 'Search', description: 'Full-text and semantic search over tenant records.', owner: 'Hooli Cloud', runtimes: ['node', 'python'] },
  { id: 'umbrella.audit-export', name: 'Audit Export', description: 'Streams audit events to SIEM systems.', owner: 'Umbrella Security', runtimes: ['python'] },
];

export const COMPANIES: readonly string[] = [
  'Contoso', 'Fabrikam', 'Litware', 'Adatum', 'Tailspin', 'Wingtip', 'Proseware', 'Lamna', 'Woodgrove', 'Margie',
  'Alpine Ski', 'Blue Yonder', 'Coho Winery', 'Fourth Coffee', 'Graphic Design', 'Humongous', 'Lucerne', 'Northwind',
  'Relecloud', 'Trey Research', 'Wide World', 'VanArsdel', 'Bellows', 'Datum', 'Consolidated', 'Southridge',
];

export const COMPANY_SUFFIXES: readonly string[] = ['Retail', 'Health', 'Logistics', 'Finance', 'Foods', 'Energy', 'Labs', 'Group'];

export const INDUSTRY_TAGS: readonly string[] = ['retail', 'finance', 'healthcare', 'manufacturing', 'education', 'logistics', 'public-sector', 'media'];

export const REGIONS: readonly string[] = ['cn-east-1', 'cn-north-2', 'eu-west-1', 'us-east-1', 'ap-southeast-1'];

/** Host versions tenants run, oldest first; later entries are more common. */
export const HOST_VERSIONS: readonly string[] = ['3.6.2', '3.7.0', '3.7.4', '3.8.1', '3.8.3', '3.9.0'];

/** Host range of each major line of a plugin, by the line's position (oldest line first). */
export const HOST_RANGES: readonly string[] = ['>=3.4.0 <4.0.0', '>=3.6.0 <4.0.0', '>=3.8.0 <4.0.0'];

export const NODE_VERSIONS: readonly string[] = ['18.20.4', '20.17.0', '22.11.0'];
export const PYTHON_VERSIONS: readonly string[] = ['3.10.14', '3.11.9', '3.12.4'];

/** Runtime range of each major line (oldest line first). */
export const RUNTIME_RANGES: Readonly<Record<'node' | 'python', readonly string[]>> = {
  node: ['>=18.0.0', '>=20.0.0', '>=20.0.0'],
  python: ['>=3.10.0', '>=3.11.0', '>=3.11.0'],
};

export const YANK_REASONS: readonly string[] = [
  'Migration corrupts custom field mappings; use the next patch.',
  'Artifact signed with a revoked key.',
  'Crashes on hosts with more than 10k records; fixed in the next patch.',
  'Accidentally published from a development branch.',
];

/** Real CVSS 3.1 base vectors with their base scores (checked against a CVSS calculator in the unit tests). */
export const VULNERABILITIES: ReadonlyArray<{ summary: string; vector: string; score: number }> = [
  { summary: 'Remote code execution through unsafe deserialization of sync payloads', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', score: 9.8 },
  { summary: 'Template injection in notification rendering allows code execution', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', score: 10 },
  { summary: 'Authenticated users can run arbitrary scripts through import mappings', vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', score: 8.8 },
  { summary: 'Regular expression denial of service in the CSV parser', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', score: 7.5 },
  { summary: 'Unauthenticated export endpoint discloses tenant records', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', score: 7.5 },
  { summary: 'Reflected cross-site scripting in the settings page', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', score: 6.1 },
  { summary: 'Stored cross-site scripting in custom field labels', vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', score: 6.4 },
  { summary: 'Access tokens written to debug logs', vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', score: 6.5 },
  { summary: 'Timing side channel in webhook signature comparison', vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', score: 5.9 },
  { summary: 'Temporary export files are created world-readable', vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N', score: 3.3 },
  { summary: "Administrators can read other administrators' draft reports", vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N', score: 2.7 },
];

/** GitHub's advisory id alphabet. */
export const GHSA_ALPHABET = '23456789cfghjmpqrvwx';
