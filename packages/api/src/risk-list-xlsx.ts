// XLSX export of the risk control list for the web app's resource route (which may not import the
// domain package directly).
export { buildRiskListXlsx, xlsxFileName, XLSX_COLUMNS, XLSX_CONTENT_TYPE } from "@anzhi/domain/risk-list/xlsx";
