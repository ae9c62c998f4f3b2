// Test double for Agora's Kotlin token builder: what can be written into a ByteBuf.
package io.agora.media

interface Packable {
    fun marshal(out: ByteBuf): ByteBuf
}
