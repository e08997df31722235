/* A stand-in for bcryptprimitives.dll, for the Wine test prefix ONLY
 * (scripts/dist-check.sh copies it into that prefix's system32; it is never
 * shipped). Go's runtime on Windows gets its random numbers from
 * ProcessPrng in bcryptprimitives.dll, which every supported Windows has
 * but Wine 8 does not. This one fills the buffer from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
