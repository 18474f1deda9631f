// The system's libcrypto (OpenSSL), for the SHA-256 digests of the build record
// (see SHA256 in UnpluggedBuild). It uses the processor's SHA instructions itself.
//
// Its SHA256_Init, _Update and _Final go straight to that code; the EVP interface
// that OpenSSL 3 prefers first loads its configuration file and providers, which
// costs about as long as the rest of a no-op build's hashing. They are kept
// through OpenSSL 3 and marked deprecated there, so the API level is pinned at
// 1.1.1, where they are current.
#define OPENSSL_API_COMPAT 10101
#include <openssl/sha.h>
