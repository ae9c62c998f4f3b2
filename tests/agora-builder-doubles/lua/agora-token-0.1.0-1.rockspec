-- Build file of the test double, mirroring the dependencies of the rockspec in Agora's lua folder
-- (tests/agora-builder-doubles/lua/official-surface.json). The tests put agora_token on LUA_PATH instead.
package = "agora-token"
version = "0.1.0-1"
source = {
    url = "git+https://github.com/AgoraIO/Tools",
}
dependencies = {
    "base64",
    "luaossl",
    "luaunit",
    "lua-zlib",
    "md5"
}
build = {
    type = "builtin",
    modules = {
        ["agora_token.access_token"] = "agora_token/access_token.lua",
        ["agora_token.chat_token_builder"] = "agora_token/chat_token_builder.lua",
        ["agora_token.rtc_token_builder"] = "agora_token/rtc_token_builder.lua",
        ["agora_token.rtm_token_builder"] = "agora_token/rtm_token_builder.lua",
        ["agora_token.utils"] = "agora_token/utils.lua"
    }
}
