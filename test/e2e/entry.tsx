// A stand-in for `yuelan` with no arguments until cli.tsx wires runApp: reads the bundled data/ and opens the reader.
import {processDocument} from '../../source/core/process-document.js';
import {defaultDataDir} from '../../source/io/default-data-dir.js';
import {findDocuments} from '../../source/io/find-documents.js';
import {readDocuments} from '../../source/io/read-documents.js';
import {runApp} from '../../source/ui/run-app.js';

const {files} = findDocuments([defaultDataDir()]);
const documents = readDocuments(files, () => undefined).map(text => processDocument(text));
await runApp(documents, {color: !process.env.NO_COLOR, ambiguous: 'narrow', indent: 2});
