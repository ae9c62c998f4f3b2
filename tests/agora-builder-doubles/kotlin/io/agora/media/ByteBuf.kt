// Test double for Agora's Kotlin token builder: little-endian packing of the token's fields, in
// the file Agora keeps it in (ByteBuf.kt) with the same imports.
package io.agora.media

import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.nio.charset.StandardCharsets
import java.util.TreeMap

class ByteBuf {
    // A token's fields fit easily: channel names are under 64 bytes, accounts under 256.
    private val buffer: ByteBuffer = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN)

    fun asBytes(): ByteArray = buffer.array().copyOf(buffer.position())

    fun put(value: Short): ByteBuf = apply { buffer.putShort(value) }

    fun put(value: Int): ByteBuf = apply { buffer.putInt(value) }

    /** A u16 length, then the bytes. */
    fun put(value: ByteArray): ByteBuf = apply { put(value.size.toShort()); buffer.put(value) }

    fun put(value: String): ByteBuf = put(value.toByteArray(StandardCharsets.UTF_8))

    fun copy(value: ByteArray): ByteBuf = apply { buffer.put(value) }

    /** A u16 count, then each key (u16) and value (u32) in ascending key order. */
    fun putIntMap(map: TreeMap<Short, Int>): ByteBuf = apply {
        put(map.size.toShort())
        map.forEach { (key, value) -> put(key).put(value) }
    }
}
