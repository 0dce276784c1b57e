// A loading worker that ends without saying it is done (as a worker killed by running out of memory does).
import process from 'node:process';

process.exit(3);
