/** Imports of clients, invoices and payments (CSV, XLSX) and of a FEC (issue 3). */
export const importMethods = {};
