# Test double for Agora's Ruby token builder (the local gem agora_dynamic_key in AgoraIO/Tools),
# written for this site's tests from the token format: the same files, requires, module, classes
# and entry points the samples call (see ../official-surface.json), real HMAC-SHA256 (openssl),
# zlib and base64 from Ruby's standard library. Readers use Agora's gem, not these files.
require_relative 'dynamic_key2/access_token'
require_relative 'dynamic_key2/chat_token_builder'
require_relative 'dynamic_key2/rtc_token_builder'
require_relative 'dynamic_key2/rtm_token_builder'
require_relative 'dynamic_key2/util'
