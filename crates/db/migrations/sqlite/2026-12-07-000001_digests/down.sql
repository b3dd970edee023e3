DROP TABLE digest_opt_outs;
DROP TABLE digests;
