export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId?: string;
  [detail: string]: unknown;
}
