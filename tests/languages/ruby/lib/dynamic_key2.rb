# Test double for Agora's Ruby token builder (the local gem agora_dynamic_key in AgoraIO/Tools),
# written for this site's tests from the token format: the same module, classes and entry points
# the samples call, real HMAC-SHA256 (openssl) and zlib from Ruby's standard library.
# Readers use Agora's gem, not this file.
require_relative 'dynamic_key2/token007'
require_relative 'dynamic_key2/builders'
