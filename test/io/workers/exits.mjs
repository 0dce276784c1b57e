// A loading worker that ends while it owes answers (as a worker killed by running out of memory does).
import process from 'node:process';

process.exit(3);
