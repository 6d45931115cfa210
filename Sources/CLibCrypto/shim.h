// OpenSSL's libcrypto (Debian: libssl-dev): SHA-256 for the run cache's keys and checksums.
#include <openssl/evp.h>
