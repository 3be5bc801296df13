import { masterListDefinition, type MasterListData } from './master-list.template';
import type { RecordData } from './record-data';
import { renderPdf, renderRecord } from './render';

// The task of a render thread (templates/render-pool.ts). A pdfmake definition holds functions
// (the page header and footer), which cannot be sent to a thread: the thread is sent the data
// and builds the definition itself, with the same templates as the main thread.

export type RenderTask = { kind: 'record'; data: RecordData } | { kind: 'master-list'; data: MasterListData };

export default function render(task: RenderTask): Promise<Buffer> {
  return task.kind === 'record' ? renderRecord(task.data) : renderPdf(masterListDefinition(task.data));
}
